// What Countervoice adds to a delivered file (README, attribution, "Prepared for" line, the
// take-down emails) is in the recipient organisation's language; the marks stay as they are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { queuedEmails, switchEmailOff, switchEmailOn } from "@/tests/support/queued-emails";
import { pdfText } from "@/lib/leak-guard/pdf-text";
import { openTakedowns } from "@/lib/takedowns/open-takedowns";
import type { AppLocale } from "@/lib/i18n/locales";
import { deliverItem } from "./deliver-item";
import { deliverCampaignKit } from "./deliver-kit";
import { extractMarks, stripMarks } from "./fingerprint";
import { portalRecipient } from "./recipient";
import { readAll, unzip } from "@/tests/support/delivered-bytes";

const BODY = "They told us the salaries would be paid.\n\nThe emirs kept the best houses for themselves while the fighters went hungry.";

async function sharedWith(locale: AppLocale) {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  await db().partnerOrganization.update({ where: { id: org.id }, data: { defaultLocale: locale, contactEmails: [`desk-${org.id}@test.example`] } });
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer);
  const item = await db().contentItem.create({ data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "We found hunger", body: BODY, createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 1, approvedVersion: 1 } });
  await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 10 } });
  const campaign = await db().campaign.create({ data: { name: "Hunger, not a caliphate", objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { org, partner, item, campaign, recipient: portalRecipient(partner)! };
}

async function kitFiles(locale: AppLocale) {
  const shared = await sharedWith(locale);
  const kit = await deliverCampaignKit(shared.recipient, shared.campaign.id, rid());
  const files = unzip(await readAll(kit.body));
  const file = (suffix: string) => [...files.entries()].find(([name]) => name.endsWith(suffix))![1];
  return { ...shared, reference: kit.reference, readme: file("README.txt").toString("utf8"), markdown: file(".md").toString("utf8"), pdf: await pdfText(file(".pdf")) };
}

describe("deliveries in the organisation's language", { timeout: 120_000 }, () => {
  it("gives an Arabic organisation an Arabic README and PDF, marked as ever", async () => {
    const { org, reference, readme, markdown, pdf } = await kitFiles("ar");
    expect(readme).toContain(`Hunger, not a caliphate — حزمة الحملة أُعدّت لـ ${org.name}`);
    expect(readme).toContain("كيف تُستخدم هذه المواد:");
    expect(readme).toContain(`المرجع ${reference}`);
    expect(readme).not.toMatch(/How to use|campaign kit prepared for/);
    expect(stripMarks(markdown)).toContain(`أُعدّ لـ ${org.name} · المرجع ${reference}`);
    expect(extractMarks(markdown)).toEqual([reference]);
    // the item's own words stay as written; the words around them are Arabic
    expect(pdf).toContain("They told us the salaries would be paid.");
    expect(pdf).toContain("لا تحاولوا التعرّف على صاحبها");
    expect(pdf).toContain(reference);
    expect(pdf).not.toMatch(/Prepared for|Do not try to identify/);
  });

  it("gives a French organisation a French README and PDF", async () => {
    const { org, reference, readme, pdf } = await kitFiles("fr");
    expect(readme).toContain(`Hunger, not a caliphate — kit de campagne préparé pour ${org.name}`);
    expect(readme).toContain("Comment utiliser ces contenus :");
    expect(pdf).toContain(`Préparé pour ${org.name} · réf. ${reference}`);
    expect(pdf).toContain("N’essayez pas d’identifier la personne qui parle.");
  });

  it("keeps English files for an English organisation", async () => {
    const { org, reference, readme, pdf } = await kitFiles("en");
    expect(readme).toContain(`Hunger, not a caliphate — campaign kit prepared for ${org.name}`);
    expect(pdf).toContain(`Prepared for ${org.name} · ref ${reference}`);
  });

  it("marks a single Arabic download with its reference, visibly and invisibly", async () => {
    const { org, item, recipient } = await sharedWith("ar");
    const file = await deliverItem(recipient, item.id, "txt", rid());
    const text = (await readAll(file.body)).toString("utf8");
    expect(stripMarks(text)).toContain(`أُعدّ لـ ${org.name} · المرجع ${file.reference}`);
    expect(extractMarks(text)).toEqual([file.reference]);
  });
});

describe("take-down emails in the recipient's language", () => {
  beforeAll(switchEmailOn);
  afterAll(switchEmailOff);

  it("writes to an Arabic organisation's contact address in Arabic, and to a user who chose English in English", async () => {
    const { org, item, partner, recipient } = await sharedWith("ar");
    await db().user.update({ where: { id: partner.id }, data: { locale: "en" } });
    const other = await createUser("PARTNER", { partnerOrgId: org.id });
    await deliverItem(recipient, item.id, "md", rid());
    await db().$transaction((tx) => openTakedowns(tx, [item.id], "RETIRED"));
    const emails = await queuedEmails({ partnerOrgId: org.id, kind: "takedown" });
    const to = (address: string) => emails.find((e) => e.to === address)!;
    expect(to(`desk-${org.id}@test.example`).subject).toMatch(/^طلب سحب: أزيلوا المرجع/);
    expect(to(`desk-${org.id}@test.example`).text).toContain("سحبها المحررون من التداول");
    expect(to(other.email).subject).toMatch(/^طلب سحب/);
    expect(to(partner.email).subject).toMatch(/^Take-down: remove ref /);
    // the same no-identifier rule in every language: the item by id, never its words
    for (const email of emails) {
      expect(email.text).toContain(item.id);
      expect(email.text).not.toContain("We found hunger");
      expect(email.text).not.toContain("salaries");
    }
  });
});
