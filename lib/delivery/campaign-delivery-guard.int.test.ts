// The leak guard on campaign text at delivery: a campaign whose name or objective matches a
// source's identifier after it was shared is suspended, and every channel — portal listing,
// partner API, campaign kit — stops showing it together; a clean save brings it back.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { updateCampaign } from "@/lib/campaigns/update-campaign";
import { shareCampaign } from "@/lib/campaigns/share-campaign";
import { addCampaignItem } from "@/lib/campaigns/campaign-items";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { listSuspendedCampaigns } from "@/lib/dashboard/suspended-campaigns";
import { GET as listApiCampaigns } from "@/app/api/v1/campaigns/route";
import { CampaignList } from "@/lib/partner-api/schemas";
import { apiRequest, tokenFor } from "@/lib/partner-api/test-fixtures";
import { createContentItem, createPartnerOrg, createSource, createUser, rid } from "@/tests/support/factories";
import { deliverCampaignKit } from "./deliver-kit";
import { getPortalItem } from "./get-portal-item";
import { portalRecipient } from "./recipient";
import { readAll, unzip } from "@/tests/support/delivered-bytes";

/** The named files of a ZIP, as text. */
const textFiles = (files: Map<string, Buffer>, wanted: string[]) => new Map([...files].filter(([name]) => wanted.includes(name)).map(([name, data]) => [name, data.toString("utf8")]));

const NICKNAME = "Zaytouni";
const FIELDS = {
  name: "Bread, not bullets",
  objective: `Tell how hunger at the ${NICKNAME} workshop broke faith in the food basket.`,
  audiences: [],
  regions: [],
  languages: ["en"],
  channels: ["PARTNER_DOWNLOAD" as const],
  startsOn: null,
  endsOn: null,
};
const FIXED_OBJECTIVE = "Tell how hunger at a workshop broke faith in the food basket.";

/** A clean campaign with one published item, shared with an organisation that has a portal user and an API token. */
async function sharedCampaign(name = FIELDS.name) {
  const editor = await createUser("EDITOR");
  const source = await createSource({ editor });
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const { plaintext, token } = await tokenFor(org.id);
  const item = await createContentItem({ createdBy: editor, title: "We found hunger", state: "PUBLISHED" });
  const { id } = await createCampaign(editor, { ...FIELDS, name }, rid());
  await addCampaignItem(editor, { campaignId: id, itemId: item.id }, rid());
  await shareCampaign(editor, { campaignId: id, partnerOrgId: org.id }, rid());
  return { editor, source, org, partner, plaintext, tokenId: token.id, item, campaignId: id };
}

type World = Awaited<ReturnType<typeof sharedCampaign>>;

async function learnNickname(editor: Actor, sourceId: string) {
  await addDictionaryEntry(editor, { sourceId, text: NICKNAME, type: "ALIAS", variants: [] }, rid());
}

async function portalIds(world: World) {
  return (await listSharedCampaigns(world.partner, 1, rid())).items.map((c) => c.id);
}

async function apiCampaigns(world: World) {
  const response = await listApiCampaigns(apiRequest("/api/v1/campaigns", world.plaintext));
  expect(response.status).toBe(200);
  return CampaignList.parse(await response.json()).campaigns;
}

async function kitFiles(world: World): Promise<{ fileName: string; files: Map<string, string> }> {
  const kit = await deliverCampaignKit(portalRecipient(world.partner)!, world.campaignId, rid());
  return { fileName: kit.fileName, files: textFiles(unzip(await readAll(kit.body)), ["manifest.json", "README.txt"]) };
}

async function kitRefusal(world: World): Promise<unknown> {
  return deliverCampaignKit(portalRecipient(world.partner)!, world.campaignId, rid()).then(
    () => null,
    (error: unknown) => error,
  );
}

/** Every channel agrees that the campaign is gone, and so is the item reached only through it. */
async function expectGoneEverywhere(world: World) {
  expect(await portalIds(world)).toEqual([]);
  expect((await listSharedCampaigns(world.partner, 1, rid())).total).toBe(0);
  expect(await apiCampaigns(world)).toEqual([]);
  expect(await kitRefusal(world)).toBeInstanceOf(NotFound);
  expect(await getPortalItem(world.partner, world.item.id, rid())).toBeNull();
}

async function suspensionEvents(campaignId: string) {
  return db().auditEvent.findMany({ where: { action: "campaign.suspended", targetId: campaignId } });
}

describe("campaign text at delivery", () => {
  it("serves a clean shared campaign in every channel", async () => {
    const world = await sharedCampaign();
    expect(await portalIds(world)).toEqual([world.campaignId]);
    expect((await apiCampaigns(world)).map((c) => c.objective)).toEqual([FIELDS.objective]);
    const kit = await kitFiles(world);
    expect(kit.fileName).toMatch(/^bread-not-bullets-kit-[A-Z0-9]{4}-[A-Z0-9]{4}\.zip$/);
    expect(JSON.parse(kit.files.get("manifest.json")!).campaign).toEqual({ id: world.campaignId, name: FIELDS.name, objective: FIELDS.objective });
    expect(kit.files.get("README.txt")!.split("\n")[0]).toBe(`${FIELDS.name} — campaign kit prepared for ${world.org.name}`);
    expect(await suspensionEvents(world.campaignId)).toEqual([]);
  });

  it("suspends a campaign the portal was about to list once a dictionary learns a word of it, and every channel stops showing it", async () => {
    const world = await sharedCampaign();
    await learnNickname(world.editor, world.source.id);

    expect(await portalIds(world)).toEqual([]);
    const campaign = await db().campaign.findUniqueOrThrow({ where: { id: world.campaignId } });
    expect(campaign).toMatchObject({ suspendedAt: expect.any(Date), suspendedReason: "possible-identifier", objective: FIELDS.objective });
    const [event, ...more] = await suspensionEvents(world.campaignId);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorId: world.partner.id, targetType: "campaign" });
    expect(event!.details).toEqual({
      reason: "possible-identifier",
      trigger: { channel: "portal", partnerOrgId: world.org.id, apiTokenId: null },
      findings: [{ field: "objective", type: "ALIAS", fromDictionary: true, sourceId: world.source.id }],
    });
    expect(JSON.stringify(event)).not.toContain(NICKNAME);

    await expectGoneEverywhere(world);
    // Once suspended the campaign is out of scope: later requests do not suspend it again.
    expect(await suspensionEvents(world.campaignId)).toHaveLength(1);
  });

  it("suspends it when the partner API asks first, recording the token", async () => {
    const world = await sharedCampaign();
    await learnNickname(world.editor, world.source.id);
    expect(await apiCampaigns(world)).toEqual([]);
    const [event] = await suspensionEvents(world.campaignId);
    expect(event).toMatchObject({ actorId: null, details: { trigger: { channel: "api", partnerOrgId: world.org.id, apiTokenId: world.tokenId } } });
    await expectGoneEverywhere(world);
  });

  it("suspends it when a kit is asked for first, before any download is recorded", async () => {
    const world = await sharedCampaign();
    await learnNickname(world.editor, world.source.id);
    expect(await kitRefusal(world)).toBeInstanceOf(NotFound);
    const [event] = await suspensionEvents(world.campaignId);
    expect(event).toMatchObject({ actorId: world.partner.id, details: { trigger: { channel: "kit", partnerOrgId: world.org.id } } });
    expect(await db().download.count()).toBe(0);
    await expectGoneEverywhere(world);
  });

  it("checks the name as well as the objective, and leaves the organisation's other campaigns alone", async () => {
    const world = await sharedCampaign(`The ${NICKNAME} files`);
    const other = await createCampaign(world.editor, { ...FIELDS, name: "Salaries that never came", objective: "Show the broken promises." }, rid());
    await shareCampaign(world.editor, { campaignId: other.id, partnerOrgId: world.org.id }, rid());
    await learnNickname(world.editor, world.source.id);

    const page = await listSharedCampaigns(world.partner, 1, rid());
    expect(page.items.map((c) => c.id)).toEqual([other.id]);
    expect(page.total).toBe(1);
    const [event] = await suspensionEvents(world.campaignId);
    expect((event!.details as { findings: { field: string }[] }).findings.map((f) => f.field)).toContain("name");
    expect((await apiCampaigns(world)).map((c) => c.id)).toEqual([other.id]);
  });

  it("shows staff the suspension, and a clean save lifts it (audited) so every channel serves the campaign again", async () => {
    const world = await sharedCampaign();
    await learnNickname(world.editor, world.source.id);
    await portalIds(world);

    const seen = await getCampaign(world.editor, world.campaignId);
    expect(seen).toMatchObject({ suspendedAt: expect.any(Date), suspendedReason: "possible-identifier" });
    expect(seen!.textFindings.hits).toHaveLength(1);
    expect((await listSuspendedCampaigns(world.editor))!.items.map((c) => c.id)).toEqual([world.campaignId]);
    expect(await listSuspendedCampaigns(await createUser("PARTNER"))).toBeNull();

    await updateCampaign(world.editor, { ...FIELDS, campaignId: world.campaignId, version: 1, objective: FIXED_OBJECTIVE }, rid());
    expect(await db().campaign.findUniqueOrThrow({ where: { id: world.campaignId } })).toMatchObject({ suspendedAt: null, suspendedReason: null, version: 2 });
    expect(await db().auditEvent.count({ where: { action: "campaign.suspension-lifted", targetId: world.campaignId, actorId: world.editor.id } })).toBe(1);
    expect((await listSuspendedCampaigns(world.editor))!.total).toBe(0);

    expect(await portalIds(world)).toEqual([world.campaignId]);
    expect((await apiCampaigns(world)).map((c) => c.objective)).toEqual([FIXED_OBJECTIVE]);
    const kit = await kitFiles(world);
    expect(JSON.parse(kit.files.get("manifest.json")!).campaign.objective).toBe(FIXED_OBJECTIVE);
    expect(await getPortalItem(world.partner, world.item.id, rid())).not.toBeNull();
  });

  it("keeps a campaign suspended when the save still carries the identifier", async () => {
    const world = await sharedCampaign();
    await learnNickname(world.editor, world.source.id);
    await portalIds(world);
    await expect(updateCampaign(world.editor, { ...FIELDS, campaignId: world.campaignId, version: 1, name: "Renamed" }, rid())).rejects.toThrow(/may identify a source/);
    expect((await db().campaign.findUniqueOrThrow({ where: { id: world.campaignId } })).suspendedAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "campaign.suspension-lifted" } })).toBe(0);
  });
});
