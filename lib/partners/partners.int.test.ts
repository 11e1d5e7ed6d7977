import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartner, renamePartner, setPartnerActive } from "./manage-partners";
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
