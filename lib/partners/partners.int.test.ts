import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withLocale } from "@/lib/i18n/translate";
import { createPartner, renamePartner, setPartnerActive, setPartnerLanguage } from "./manage-partners";
import { CreatePartnerInput, SetPartnerLanguageInput } from "./schemas";
import { listPartners } from "./list-partners";
import { createUser, rid } from "@/tests/support/factories";

describe("partner organisations", () => {
  it("creates, renames and deactivates an organisation, recording each", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartner(admin, { name: "Voices Network" }, rid());
    await renamePartner(admin, { partnerOrgId: org.id, name: "Voices Network Europe" }, rid());
    await setPartnerActive(admin, { partnerOrgId: org.id, active: false }, rid());
    expect(await db().partnerOrganization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ name: "Voices Network Europe", active: false });
    const actions = (await db().auditEvent.findMany({ orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["partner.created", "partner.renamed", "partner.deactivated"]);
  });

  it("refuses a duplicate name regardless of case and changes nothing", async () => {
    const admin = await createUser("ADMIN");
    await createPartner(admin, { name: "Voices Network" }, rid());
    await expect(createPartner(admin, { name: "voices network" }, rid())).rejects.toThrow(/already exists/);
    const other = await createPartner(admin, { name: "Other" }, rid());
    await expect(renamePartner(admin, { partnerOrgId: other.id, name: "VOICES NETWORK" }, rid())).rejects.toThrow(/already exists/);
    expect((await listPartners(admin, 1)).items.map((p) => p.name)).toEqual(["Other", "Voices Network"]);
  });

  it("gives an organisation a default language at creation and lets an admin change it, recording the change", async () => {
    const admin = await createUser("ADMIN");
    const plain = await createPartner(admin, { name: "Plain Org" }, rid());
    expect(plain.defaultLocale).toBe("en");
    const org = await createPartner(admin, { name: "Sawt", defaultLocale: "ar" }, rid());
    expect(org.defaultLocale).toBe("ar");
    await setPartnerLanguage(admin, { partnerOrgId: org.id, defaultLocale: "fr" }, rid());
    await setPartnerLanguage(admin, { partnerOrgId: org.id, defaultLocale: "fr" }, rid()); // unchanged: not recorded again
    expect((await db().partnerOrganization.findUniqueOrThrow({ where: { id: org.id } })).defaultLocale).toBe("fr");
    const changes = await db().auditEvent.findMany({ where: { targetId: org.id }, orderBy: { at: "asc" }, select: { action: true, details: true } });
    expect(changes).toEqual([
      { action: "partner.created", details: { defaultLocale: "ar" } },
      { action: "partner.language-changed", details: { from: "ar", to: "fr" } },
    ]);
    await expect(setPartnerLanguage(admin, { partnerOrgId: "nope", defaultLocale: "en" }, rid())).rejects.toThrow(/No such organisation/);
    const editor = await createUser("EDITOR");
    await expect(setPartnerLanguage(editor, { partnerOrgId: org.id, defaultLocale: "en" }, rid())).rejects.toThrow(/not allowed/);
  });

  it("accepts only the interface languages as a default", () => {
    expect(SetPartnerLanguageInput.safeParse({ partnerOrgId: "x", defaultLocale: "de" }).success).toBe(false);
    expect(SetPartnerLanguageInput.safeParse({ partnerOrgId: "x", defaultLocale: "en-XA" }).success).toBe(false);
    expect(CreatePartnerInput.parse({ name: "Org" })).toEqual({ name: "Org", defaultLocale: "en" });
  });

  it("says a duplicate name in the language of the request", async () => {
    const admin = await createUser("ADMIN");
    await createPartner(admin, { name: "Voices Network" }, rid());
    await expect(withLocale("fr", () => createPartner(admin, { name: "Voices Network" }, rid()))).rejects.toThrow("Une organisation nommée « Voices Network » existe déjà.");
  });

  it("paginates the list", async () => {
    const admin = await createUser("ADMIN");
    for (let i = 0; i < 30; i++) await db().partnerOrganization.create({ data: { name: `Org ${String(i).padStart(2, "0")}` } });
    const second = await listPartners(admin, 2);
    expect(second).toMatchObject({ total: 30, pageCount: 2, page: 2 });
    expect(second.items).toHaveLength(5);
  });

  it("is refused to anyone but an admin", async () => {
    const editor = await createUser("EDITOR");
    await expect(createPartner(editor, { name: "X Org" }, rid())).rejects.toThrow(/not allowed/);
    await expect(listPartners(editor, 1)).rejects.toThrow(/not allowed/);
  });
});
