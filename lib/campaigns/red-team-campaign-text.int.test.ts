// Regression tests for a campaign's own text (branch attack,
// scripts/attack/channels.attack.int.test.ts, F4): a name or objective naming a source is
// refused when it is saved, saying where; and one written before the guard read campaign
// text reaches no partner — not the portal's list, the API's campaigns or the kit — and
// suspends the campaign.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInput } from "@/lib/errors";
import { rid } from "@/tests/support/factories";
import { everythingReceived, expectNowhere, publishAndShare, sharedWorld } from "@/tests/support/partner-channels";
import { createCampaign } from "./create-campaign";
import { updateCampaign } from "./update-campaign";
import type { CreateCampaignInput } from "./schemas";

// Invented: nobody's name or alias, and no such place.
const DICTIONARY = [
  { text: "Rashid Tawfiq", type: "PERSON", variants: ["رشيد توفيق"] },
  { text: "Tal Abyad", type: "LOCATION", variants: [] },
  { text: "Abu Hamza al-Shami", type: "ALIAS", variants: ["أبو حمزة الشامي"] },
];
const NAME = "Rashid Tawfiq's story";
const OBJECTIVE = "Amplify Abu Hamza al-Shami from Tal Abyad";
const IDENTIFIERS = ["Rashid Tawfiq", "Abu Hamza al-Shami", "Tal Abyad"];

const CLEAN: CreateCampaignInput = { name: "Bread before belief", objective: "Show the hunger", audiences: [], regions: [], languages: ["en"], channels: ["PARTNER_DOWNLOAD"], startsOn: null, endsOn: null };

const rejectionOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

function expectRefusedWithWhere(error: unknown) {
  expect(error).toBeInstanceOf(InvalidInput);
  const { fieldErrors } = error as InvalidInput;
  expect(fieldErrors).toEqual({
    name: ["Name: source dictionary entry (PERSON) at 0–15 — remove or generalise it"],
    objective: ["Objective: source dictionary entry (ALIAS) at 8–26 — remove or generalise it", "Objective: source dictionary entry (LOCATION) at 32–41 — remove or generalise it"],
  });
  for (const identifier of IDENTIFIERS) expect(JSON.stringify(fieldErrors)).not.toContain(identifier);
}

describe("a campaign whose name and objective name a source", () => {
  it("is refused when it is created and when it is edited, with where, never what", async () => {
    const w = await sharedWorld(DICTIONARY);
    expectRefusedWithWhere(await rejectionOf(createCampaign(w.editor, { ...CLEAN, name: NAME, objective: OBJECTIVE }, rid())));

    const { id } = await createCampaign(w.editor, CLEAN, rid());
    expectRefusedWithWhere(await rejectionOf(updateCampaign(w.editor, { ...CLEAN, campaignId: id, version: 1, name: NAME, objective: OBJECTIVE }, rid())));
    expect(await db().campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: CLEAN.name, objective: CLEAN.objective });
  });

  it("written before the guard read campaign text, reaches no partner in any channel and is suspended", async () => {
    const w = await sharedWorld(DICTIONARY);
    const id = await publishAndShare(w, { title: "Salaries that never came", body: "They promised salaries. Nobody got them." });
    await db().campaign.update({ where: { id: w.campaign.id }, data: { name: NAME, objective: OBJECTIVE } });

    expectNowhere(await everythingReceived(w, id, { eachChannelFirst: true }), IDENTIFIERS);
    const suspended = await db().auditEvent.findMany({ where: { action: "campaign.suspended", targetId: w.campaign.id } });
    // every channel that carries the campaign's text found it on its own, and suspended the campaign
    expect(new Set(suspended.map((e) => (e.details as { trigger: { channel: string } }).trigger.channel))).toEqual(new Set(["portal", "api", "kit"]));
    for (const identifier of IDENTIFIERS) expect(JSON.stringify(suspended)).not.toContain(identifier);
  });
});
