import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { createCampaign } from "./create-campaign";
import { updateCampaign } from "./update-campaign";
import { addCampaignItem, moveCampaignItem, removeCampaignItem } from "./campaign-items";
import { shareCampaign, unshareCampaign } from "./share-campaign";
import { getCampaign, findItemsToAdd, listShareablePartners } from "./get-campaign";
import { listCampaigns } from "./list-campaigns";
import type { CreateCampaignInput } from "./schemas";

const FIELDS: CreateCampaignInput = {
  name: "Hunger, not a caliphate",
  objective: "Show why fighters left.",
  audiences: ["Young men"],
  regions: ["Northern Syria"],
  languages: ["en", "ar"],
  channels: ["SOCIAL", "WEB"],
  startsOn: new Date("2026-01-01"),
  endsOn: new Date("2026-06-30"),
};

describe("creating and editing campaigns", () => {
  it("creates a campaign with all its fields and records it", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createCampaign(editor, FIELDS, rid());
    const campaign = await getCampaign(editor, id);
    expect(campaign).toMatchObject({ name: FIELDS.name, audiences: ["Young men"], languages: ["en", "ar"], channels: ["SOCIAL", "WEB"], version: 1 });
    expect(await db().auditEvent.count({ where: { action: "campaign.created", targetId: id, actorId: editor.id } })).toBe(1);
  });

  it("refuses an end before the start and changes nothing", async () => {
    const editor = await createUser("EDITOR");
    await expect(createCampaign(editor, { ...FIELDS, endsOn: new Date("2025-12-31") }, rid())).rejects.toMatchObject({ fieldErrors: { endsOn: ["The end date must be on or after the start date."] } });
    expect(await db().campaign.count()).toBe(0);
    const { id } = await createCampaign(editor, FIELDS, rid());
    await expect(updateCampaign(editor, { ...FIELDS, campaignId: id, version: 1, name: "Changed", endsOn: new Date("2025-01-01") }, rid())).rejects.toThrow(/correct/);
    expect(await db().campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: FIELDS.name, version: 1 });
    expect(await db().auditEvent.count({ where: { action: "campaign.updated" } })).toBe(0);
  });

  it("refuses a save over someone else's newer save", async () => {
    const editor = await createUser("EDITOR");
    const other = await createUser("EDITOR");
    const { id } = await createCampaign(editor, FIELDS, rid());
    expect(await updateCampaign(other, { ...FIELDS, campaignId: id, version: 1, name: "Theirs" }, rid())).toEqual({ version: 2 });
    await expect(updateCampaign(editor, { ...FIELDS, campaignId: id, version: 1, name: "Mine" }, rid())).rejects.toThrow(/Someone else saved this campaign/);
    expect((await db().campaign.findUniqueOrThrow({ where: { id } })).name).toBe("Theirs");
  });

  it("lets reviewers read but not write, and refuses partners and admins", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createCampaign(editor, FIELDS, rid());
    const reviewer = await createUser("REVIEWER");
    expect((await listCampaigns(reviewer, 1)).total).toBe(1);
    await expect(updateCampaign(reviewer, { ...FIELDS, campaignId: id, version: 1 }, rid())).rejects.toThrow(/not allowed/);
    for (const role of ["PARTNER", "ADMIN"] as const) await expect(getCampaign(await createUser(role), id)).rejects.toThrow(/not allowed/);
  });

  it("answers null for an unknown campaign", async () => {
    expect(await getCampaign(await createUser("EDITOR"), "nope")).toBeNull();
  });
});

describe("a campaign's items", () => {
  it("adds existing items only, keeps their order, moves and removes them, and counts readiness", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createCampaign(editor, FIELDS, rid());
    const a = await createContentItem({ title: "Bread queue", state: "PUBLISHED" });
    const b = await createContentItem({ title: "Checkpoints", state: "DRAFT" });
    const c = await createContentItem({ title: "Salaries", state: "PUBLISHED" });
    for (const item of [a, b, c]) await addCampaignItem(editor, { campaignId: id, itemId: item.id }, rid());
    await expect(addCampaignItem(editor, { campaignId: id, itemId: "missing" }, rid())).rejects.toThrow(/No such content item/);
    await expect(addCampaignItem(editor, { campaignId: id, itemId: a.id }, rid())).rejects.toThrow(/already/);

    await moveCampaignItem(editor, { campaignId: id, itemId: c.id, direction: "up" }, rid());
    expect((await getCampaign(editor, id))!.items.map((i) => i.title)).toEqual(["Bread queue", "Salaries", "Checkpoints"]);

    const campaign = await getCampaign(editor, id);
    expect(campaign!.readiness).toMatchObject({ PUBLISHED: 2, DRAFT: 1, APPROVED: 0 });
    expect((await listCampaigns(editor, 1)).items[0]!.readiness).toMatchObject({ PUBLISHED: 2, DRAFT: 1 });

    await removeCampaignItem(editor, { campaignId: id, itemId: a.id }, rid());
    expect((await getCampaign(editor, id))!.readiness).toMatchObject({ PUBLISHED: 1, DRAFT: 1 });
    expect(await db().auditEvent.count({ where: { action: "campaign.item-added" } })).toBe(3);
    expect(await db().auditEvent.count({ where: { action: "campaign.item-removed" } })).toBe(1);
  });

  it("finds items to add by title, leaving out those already in it", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createCampaign(editor, FIELDS, rid());
    const inIt = await createContentItem({ title: "Hunger in Raqqa" });
    await createContentItem({ title: "Hunger at the front" });
    await createContentItem({ title: "Salaries" });
    await addCampaignItem(editor, { campaignId: id, itemId: inIt.id }, rid());
    expect((await findItemsToAdd(editor, id, "hunger")).map((i) => i.title)).toEqual(["Hunger at the front"]);
  });
});

describe("sharing a campaign", () => {
  it("shares with active organisations only and unshares", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createCampaign(editor, FIELDS, rid());
    const active = await createPartnerOrg("Active Org");
    const inactive = await db().partnerOrganization.create({ data: { name: "Closed Org", active: false } });
    expect((await listShareablePartners(editor, id)).map((p) => p.name)).toEqual(["Active Org"]);
    await expect(shareCampaign(editor, { campaignId: id, partnerOrgId: inactive.id }, rid())).rejects.toThrow(/active partner/);
    await shareCampaign(editor, { campaignId: id, partnerOrgId: active.id }, rid());
    expect((await getCampaign(editor, id))!.partners.map((p) => p.name)).toEqual(["Active Org"]);
    expect(await listShareablePartners(editor, id)).toEqual([]);
    await unshareCampaign(editor, { campaignId: id, partnerOrgId: active.id }, rid());
    expect((await getCampaign(editor, id))!.partners).toEqual([]);
    expect(await db().auditEvent.count({ where: { action: { in: ["campaign.shared", "campaign.unshared"] } } })).toBe(2);
  });
});
