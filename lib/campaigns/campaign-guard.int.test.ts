// The leak guard on a campaign's partner-visible text at save and at share.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInput } from "@/lib/errors";
import { ReleaseBlocked } from "@/lib/content/leak-guard";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { createPartnerOrg, createSource, createUser, rid } from "@/tests/support/factories";
import type { Actor } from "@/lib/auth/policy";
import { createCampaign } from "./create-campaign";
import { updateCampaign } from "./update-campaign";
import { shareCampaign, SUSPENDED_CANNOT_BE_SHARED } from "./share-campaign";
import { getCampaign } from "./get-campaign";
import type { CreateCampaignInput } from "./schemas";

const CLEAN: CreateCampaignInput = {
  name: "Hunger, not a caliphate",
  objective: "Show young men that fighters left because they went hungry.",
  audiences: ["Young men"],
  regions: ["Northern Syria"],
  languages: ["en"],
  channels: ["WEB"],
  startsOn: null,
  endsOn: null,
};

const ALIAS = "Abu Yusuf al-Shami";
const PLACE = "Kafr Nasir";

/** A source whose dictionary holds the demo's alias and village, added through the domain (so the index follows). */
async function sourceWith(editor: Actor, entries: { text: string; type: "ALIAS" | "LOCATION" | "PERSON"; variants: string[] }[]) {
  const source = await createSource({ editor });
  for (const entry of entries) await addDictionaryEntry(editor, { sourceId: source.id, ...entry }, rid());
  return source;
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: Error) => error,
  );
}

describe("saving a campaign passes its name and objective through the leak guard", () => {
  it("refuses a new campaign whose objective names a source, says where, never repeats the identifier, and creates nothing", async () => {
    const editor = await createUser("EDITOR");
    await sourceWith(editor, [
      { text: ALIAS, type: "ALIAS", variants: ["Abou Youssef", "أبو يوسف الشامي"] },
      { text: PLACE, type: "LOCATION", variants: ["كفر ناصر"] },
    ]);
    const objective = `Amplify the story of ${ALIAS} from ${PLACE}.`;
    const error = await rejectionOf(createCampaign(editor, { ...CLEAN, objective }, rid()));

    expect(error).toBeInstanceOf(InvalidInput);
    const { fieldErrors } = error as InvalidInput;
    const alias = objective.indexOf(ALIAS);
    const place = objective.indexOf(PLACE);
    expect(fieldErrors).toEqual({
      objective: [
        `Objective: source dictionary entry (ALIAS) at ${alias}–${alias + ALIAS.length} — remove or generalise it`,
        `Objective: source dictionary entry (LOCATION) at ${place}–${place + PLACE.length} — remove or generalise it`,
      ],
    });
    expect(JSON.stringify([error.message, fieldErrors])).not.toMatch(/Yusuf|Nasir/);
    expect(await db().campaign.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "campaign.created" } })).toBe(0);
  });

  it("refuses a name that spells the alias another way, in Arabic script", async () => {
    const editor = await createUser("EDITOR");
    await sourceWith(editor, [{ text: ALIAS, type: "ALIAS", variants: [] }]);
    const name = "قصة ابو يوسف الشامي";
    const error = await rejectionOf(createCampaign(editor, { ...CLEAN, name }, rid()));
    expect((error as InvalidInput).fieldErrors).toEqual({ name: [expect.stringMatching(/^Name: source dictionary entry \(ALIAS\) at 4–19 — remove or generalise it$/)] });
  });

  it("refuses an alias hidden by Markdown emphasis, pointing at where it was written", async () => {
    const editor = await createUser("EDITOR");
    await sourceWith(editor, [{ text: ALIAS, type: "ALIAS", variants: [] }]);
    const objective = "Share what Abu Yu**suf** al-Shami saw.";
    const error = await rejectionOf(createCampaign(editor, { ...CLEAN, objective }, rid()));
    expect((error as InvalidInput).fieldErrors.objective).toEqual([expect.stringMatching(/^Objective: source dictionary entry \(ALIAS\) at 11–33 — /)]);
  });

  it("refuses an edit that brings an identifier in and leaves the saved campaign as it was", async () => {
    const editor = await createUser("EDITOR");
    await sourceWith(editor, [{ text: PLACE, type: "LOCATION", variants: [] }]);
    const { id } = await createCampaign(editor, CLEAN, rid());
    const error = await rejectionOf(updateCampaign(editor, { ...CLEAN, campaignId: id, version: 1, name: `Voices of ${PLACE}` }, rid()));
    expect((error as InvalidInput).fieldErrors).toEqual({ name: ["Name: source dictionary entry (LOCATION) at 10–20 — remove or generalise it"] });
    expect(await db().campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: CLEAN.name, version: 1 });
    expect(await db().auditEvent.count({ where: { action: "campaign.updated" } })).toBe(0);
  });

  it("checks what partners see only: regions and audiences stay with staff", async () => {
    const editor = await createUser("EDITOR");
    await sourceWith(editor, [{ text: PLACE, type: "LOCATION", variants: [] }]);
    const { id } = await createCampaign(editor, { ...CLEAN, regions: [PLACE], audiences: [`Young men of ${PLACE}`] }, rid());
    expect((await getCampaign(editor, id))!.textFindings.hits).toEqual([]);
  });
});

describe("sharing a campaign checks its stored text again", () => {
  it("refuses to share once a dictionary has learned a word of the objective, says where, and shares nothing", async () => {
    const editor = await createUser("EDITOR");
    const source = await sourceWith(editor, []);
    const objective = "Tell how hunger at the Zaytouni workshop broke faith in the food basket.";
    const { id } = await createCampaign(editor, { ...CLEAN, objective }, rid());
    await addDictionaryEntry(editor, { sourceId: source.id, text: "Zaytouni", type: "ALIAS", variants: [] }, rid());
    const org = await createPartnerOrg();

    const error = await rejectionOf(shareCampaign(editor, { campaignId: id, partnerOrgId: org.id }, rid()));
    const at = objective.indexOf("Zaytouni");
    expect(error).toBeInstanceOf(ReleaseBlocked);
    expect(error.message).toBe(`This campaign cannot be shared: its text may identify a source. Objective: source dictionary entry (ALIAS) at ${at}–${at + 8} — remove or generalise it.`);
    expect(await db().campaignPartner.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "campaign.shared" } })).toBe(0);

    // The campaign page shows the same finding, marked in the text, before anyone tries to share.
    const campaign = await getCampaign(editor, id);
    expect(campaign!.textFindings.hits).toEqual([expect.objectContaining({ field: "objective", start: at, end: at + 8, type: "ALIAS", fromDictionary: true })]);

    await updateCampaign(editor, { ...CLEAN, campaignId: id, version: 1, objective: "Tell how hunger at a workshop broke faith in the food basket." }, rid());
    await shareCampaign(editor, { campaignId: id, partnerOrgId: org.id }, rid());
    expect(await db().campaignPartner.count({ where: { campaignId: id } })).toBe(1);
  });

  it("refuses to share a suspended campaign until a clean save lifts the suspension", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createCampaign(editor, CLEAN, rid());
    await db().campaign.update({ where: { id }, data: { suspendedAt: new Date(), suspendedReason: "possible-identifier" } });
    const org = await createPartnerOrg();
    await expect(shareCampaign(editor, { campaignId: id, partnerOrgId: org.id }, rid())).rejects.toThrow(SUSPENDED_CANNOT_BE_SHARED);
    await updateCampaign(editor, { ...CLEAN, campaignId: id, version: 1 }, rid());
    await shareCampaign(editor, { campaignId: id, partnerOrgId: org.id }, rid());
    expect(await db().campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ suspendedAt: null, suspendedReason: null });
  });
});
