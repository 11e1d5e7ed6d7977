import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { deliverItem } from "./deliver-item";
import { stripMarks } from "./fingerprint";
import { portalRecipient } from "./recipient";
import { traceLeak } from "./trace-leak";

const BODY = [
  "When I joined they promised us a state built on justice, where every Muslim would be protected and fed. What we found was hunger, not a caliphate.",
  "The commanders lived in the villas of the people they had driven out, and the fighters shared stale bread at the checkpoints.",
  "Anyone who asked where the money went was called a traitor. I watched them kill Muslims who had done nothing but pray in the wrong mosque, and that is when I decided to leave.",
].join("\n\n");

async function downloaded(format: "md" | "txt" | "pdf" = "md") {
  const editor = await createUser("EDITOR");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const item = await db().contentItem.create({ data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: `Hunger ${rid().slice(0, 6)}`, body: BODY, createdById: editor.id, publishedAt: new Date() } });
  const campaign = await db().campaign.create({ data: { name: "Kit", objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  const file = await deliverItem(portalRecipient(partner)!, item.id, format, rid());
  return { org, partner, item, file, bytes: Buffer.isBuffer(file.body) ? file.body : Buffer.alloc(0) };
}

function thirtyWords(text: string, from = 10): string {
  return text.split(/[ \n]+/).slice(from, from + 30).join(" ");
}

describe("trace a leak", () => {
  it("finds the download from a 30-word excerpt by its invisible mark", async () => {
    const admin = await createUser("ADMIN");
    const { file, org, partner, bytes } = await downloaded();
    const findings = await traceLeak(admin, { text: thirtyWords(bytes.toString("utf8")), file: null }, rid());
    expect(findings[0]).toMatchObject({ evidence: "invisible-mark", confidence: "high" });
    expect(findings[0]!.downloads).toHaveLength(1);
    expect(findings[0]!.downloads[0]).toMatchObject({ reference: file.reference, organisation: org.name, user: { email: partner.email }, format: "md" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "leak.traced", actorId: admin.id } });
    expect(JSON.stringify(audit.details)).not.toContain("commanders");
  });

  it("falls back to the visible line, then to the wording, when the marks were stripped", async () => {
    const admin = await createUser("ADMIN");
    const first = await downloaded("txt");
    const visible = stripMarks(first.bytes.toString("utf8"));
    const byLine = await traceLeak(admin, { text: visible.slice(-200), file: null }, rid());
    expect(byLine[0]).toMatchObject({ evidence: "visible-line", confidence: "medium" });
    expect(byLine[0]!.downloads[0]!.reference).toBe(first.file.reference);

    const byWords = await traceLeak(admin, { text: thirtyWords(visible, 40), file: null }, rid());
    expect(byWords[0]).toMatchObject({ evidence: "text-match", confidence: "low" });
    expect(byWords.flatMap((f) => f.downloads.map((d) => d.reference))).toContain(first.file.reference);
  });

  it("reads an uploaded text file and a PDF's metadata", async () => {
    const admin = await createUser("ADMIN");
    const text = await downloaded("md");
    const fromFile = await traceLeak(admin, { text: "", file: { name: "leak.md", bytes: text.bytes } }, rid());
    expect(fromFile[0]!.downloads[0]!.reference).toBe(text.file.reference);
    const pdf = await downloaded("pdf");
    const fromPdf = await traceLeak(admin, { text: "", file: { name: "leak.pdf", bytes: pdf.bytes } }, rid());
    expect(fromPdf[0]).toMatchObject({ evidence: "pdf-metadata", confidence: "medium" });
    expect(fromPdf[0]!.downloads[0]!.reference).toBe(pdf.file.reference);
  });

  it("lowers its confidence when a mark was moved onto text the download never carried", async () => {
    const admin = await createUser("ADMIN");
    const { file, bytes } = await downloaded();
    const frames = bytes.toString("utf8").match(/\u2063[\u200B\u2060\u2061\u2062]{24}/)![0];
    const forged = `A recipe for lentil soup ${frames}with onions, cumin and lemon, served with warm flatbread.`;
    const findings = await traceLeak(admin, { text: forged, file: null }, rid());
    expect(findings[0]).toMatchObject({ evidence: "invisible-mark", confidence: "low" });
    expect(findings[0]!.explanation).toMatch(/does not match/);
    expect(findings[0]!.downloads[0]!.reference).toBe(file.reference);
  });

  it("finds nothing in unrelated text, and only admins may trace", async () => {
    const admin = await createUser("ADMIN");
    expect(await traceLeak(admin, { text: "A recipe for lentil soup with onions, cumin and lemon, served with warm flatbread on a cold evening.", file: null }, rid())).toEqual([]);
    await expect(traceLeak(await createUser("EDITOR"), { text: "x", file: null }, rid())).rejects.toThrow(/not allowed/);
  });
});
