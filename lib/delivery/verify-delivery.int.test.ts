// The export verifier reads what is served — here a PDF as pdf.js reads it back — and on a
// hit removes the download it was for, suspends the item and refuses, in neutral words.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { ATTRIBUTION } from "./attribution";
import { DownloadRefused } from "./delivery-errors";
import { portalRecipient } from "./recipient";
import { recordDownload } from "./record-download";
import { renderItemPdf } from "./render-pdf";
import { NOT_AVAILABLE, servedForms, verifyServed } from "./verify-delivery";

describe("the export verifier", () => {
  it("finds a dictionary name in a PDF's text, refuses, removes the download and suspends the item", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const org = await createPartnerOrg();
    const partner = await createUser("PARTNER", { partnerOrgId: org.id });
    await createApprovedRedactedText(editor, reviewer, { dictionary: [{ text: "Darwesh Sindi", type: "PERSON", variants: [] }] });
    const item = await db().contentItem.create({ data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "A story", body: "clean", createdById: editor.id, channels: ["WEB"], version: 2 } });
    const recipient = portalRecipient(partner)!;
    const reference = await db().$transaction((tx) => recordDownload(tx, recipient, { itemId: item.id, itemVersion: 2, format: "pdf" }, rid()));
    const pdf = await renderItemPdf({ title: "A story", bodyMarkdown: "The guide was Dar**wesh** Sindi, they said.", language: "en", preparedFor: "x", reference, images: [], attribution: ATTRIBUTION });

    const error = await verifyServed({ recipient, itemId: item.id, requestId: rid(), format: "pdf" }, await servedForms("a-story.pdf", pdf), reference).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DownloadRefused);
    expect((error as Error).message).toBe(NOT_AVAILABLE);
    expect(await db().download.count({ where: { reference } })).toBe(0);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt).not.toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "delivery.blocked-identifier" } });
    expect(audit.details).toMatchObject({ forms: ["delivered:pdf"], types: ["PERSON"] });
    expect(JSON.stringify(audit.details)).not.toMatch(/Darwesh|Sindi/);
  });

  it("lets a clean PDF through untouched", async () => {
    const editor = await createUser("EDITOR");
    const item = await db().contentItem.create({ data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "A story", body: "clean", createdById: editor.id, channels: ["WEB"] } });
    const org = await createPartnerOrg();
    const partner = await createUser("PARTNER", { partnerOrgId: org.id });
    const pdf = await renderItemPdf({ title: "Bread before belief", bodyMarkdown: "They promised salaries and delivered hunger.", language: "en", preparedFor: "x", reference: "AAAA-AAAA", images: [], attribution: ATTRIBUTION });
    await verifyServed({ recipient: portalRecipient(partner)!, itemId: item.id, requestId: rid(), format: "pdf" }, await servedForms("bread.pdf", pdf));
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt).toBeNull();
  });
});
