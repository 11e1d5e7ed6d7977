// Take-down notices carry item titles to partner organisations; a title that now matches a
// source's identifier is replaced by the reference of the organisation's own copy.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { createContentItem, createPartnerOrg, createSource, createUser, rid } from "@/tests/support/factories";
import { listWithdrawalNotices } from "./list-withdrawal-notices";

async function downloaded(itemId: string, partnerOrgId: string, reference: string, createdAt: Date) {
  await db().download.create({ data: { itemId, itemVersion: 1, partnerOrgId, format: "pdf", reference, createdAt } });
}

describe("withdrawal notices", () => {
  it("hide a title that now names a source behind the reference of the organisation's latest copy, and keep clean titles", async () => {
    const editor = await createUser("EDITOR");
    const source = await createSource({ editor });
    await addDictionaryEntry(editor, { sourceId: source.id, text: "Zaytouni", type: "ALIAS", variants: [] }, rid());
    const org = await createPartnerOrg();
    const partner = await createUser("PARTNER", { partnerOrgId: org.id });
    const exposing = await createContentItem({ createdBy: editor, title: "What Zaytouni saw at the checkpoint", state: "RETIRED" });
    const clean = await createContentItem({ createdBy: editor, title: "Salaries that never came", state: "RETIRED" });
    await downloaded(exposing.id, org.id, "AAAA-1111", new Date("2026-01-01"));
    await downloaded(exposing.id, org.id, "BBBB-2222", new Date("2026-02-01"));
    await downloaded(clean.id, org.id, "CCCC-3333", new Date("2026-01-15"));

    const notices = await listWithdrawalNotices(partner);
    const byId = new Map(notices.map((n) => [n.id, n]));
    expect(byId.get(exposing.id)).toMatchObject({ title: "An item you downloaded (ref BBBB-2222)", titleWithheld: true });
    expect(byId.get(exposing.id)!.downloads.map((d) => d.reference)).toEqual(["BBBB-2222", "AAAA-1111"]);
    expect(byId.get(clean.id)).toMatchObject({ title: "Salaries that never came", titleWithheld: false });
    expect(JSON.stringify(notices)).not.toContain("Zaytouni");
  });
});
