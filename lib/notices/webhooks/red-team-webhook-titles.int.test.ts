// Red team: a webhook's title passes the leak guard when the event is queued, but the event
// is sent later — after retries over hours, or when an admin sends a DEAD one again days
// later. An identifier learned meanwhile (a dictionary entry added) must not go out in it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem } from "@/lib/content/review-item";
import { publishItem } from "@/lib/content/publish-item";
import { setPartnerWebhook } from "@/lib/partners/partner-webhook";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { eraseSource } from "@/lib/sources/erase-source";
import { getPortalItem } from "@/lib/delivery/get-portal-item";
import { createUser, rid } from "@/tests/support/factories";
import { draft, sharedWorld, type SharedWorld } from "@/tests/support/partner-channels";
import { startWebhookReceiver, type WebhookReceiver } from "@/tests/support/webhook-receiver";
import { allowPrivateWebhookAddresses, restoreWebhookSettings } from "@/tests/support/webhook-settings";
import { deliverDueWebhooks } from "./deliver-webhooks";
import { retryWebhookDelivery } from "./retry-webhook-delivery";
import { WEBHOOK_MAX_ATTEMPTS } from "./retry-schedule";

// Invented: no such place is known to anyone.
const PLACE = "Kani Masi";
const TITLE = `What ${PLACE} taught him`;
const BODY = "They promised salaries. Nobody got them.";
const DAY = 24 * 3_600_000;

beforeAll(() => allowPrivateWebhookAddresses(true));
afterAll(restoreWebhookSettings);

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  await stopJobWorkers();
});

/** The shared organisation's endpoint is a receiver that refuses the first `failFirst` events. */
async function withReceiver(w: SharedWorld, failFirst: number) {
  const admin = await createUser("ADMIN");
  receiver = await startWebhookReceiver({ secret: "not yet", failFirst });
  const { secret } = await setPartnerWebhook(admin, { partnerOrgId: w.org.id, webhookUrl: receiver.url }, rid());
  receiver.useSecret(secret!);
  return { admin, receiver };
}

/** In the shared campaign, then published: asset.published is queued, its title clean by everything known then. */
async function publishedInCampaign(w: SharedWorld): Promise<string> {
  const id = await draft(w, { title: TITLE, body: BODY });
  await db().campaignItem.create({ data: { campaignId: w.campaign.id, itemId: id } });
  await submitItem(w.editor, { itemId: id, expectedVersion: 1, reviewerId: w.reviewer.id }, rid());
  await approveItem(w.reviewer, { itemId: id, expectedVersion: 1 }, rid());
  await publishItem(w.editor, { itemId: id, expectedVersion: 1 }, rid());
  return id;
}

const learnPlace = (w: SharedWorld) => addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());

describe("red team: webhook titles at delivery", () => {
  it("a title that became identifying while its event waited for a retry is left out of the retry", async () => {
    const w = await sharedWorld([]);
    const { receiver } = await withReceiver(w, 1);
    const id = await publishedInCampaign(w);
    const now = new Date();
    expect(await deliverDueWebhooks(now)).toBe(0);

    await learnPlace(w);
    expect(await deliverDueWebhooks(new Date(now.getTime() + 10 * 60_000))).toBe(1);
    expect(receiver.accepted).toHaveLength(1);
    expect(receiver.accepted[0]!.data).toMatchObject({ itemId: id });
    expect(JSON.stringify(receiver.accepted)).not.toContain("Kani");
  });

  it("an admin sending a DEAD event again days later does not send a title learned to identify someone since", async () => {
    const w = await sharedWorld([]);
    const { admin, receiver } = await withReceiver(w, WEBHOOK_MAX_ATTEMPTS);
    await publishedInCampaign(w);
    const [delivery] = await db().webhookDelivery.findMany({ where: { partnerOrgId: w.org.id } });
    let at = new Date();
    for (let i = 0; i < WEBHOOK_MAX_ATTEMPTS; i++) {
      await deliverDueWebhooks(at);
      at = new Date(at.getTime() + DAY);
    }
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({ status: "DEAD" });

    await learnPlace(w);
    await retryWebhookDelivery(admin, { partnerOrgId: w.org.id, deliveryId: delivery!.id }, rid(), at);
    await stopJobWorkers();
    await deliverDueWebhooks(at);
    expect(receiver.accepted).toHaveLength(1);
    expect(JSON.stringify(receiver.accepted)).not.toContain("Kani");
  });

  it("once the source is erased (its identifiers forgotten by the guard), a waiting event's title naming them is still left out", async () => {
    const w = await sharedWorld([]);
    const { admin, receiver } = await withReceiver(w, 1);
    const id = await publishedInCampaign(w);
    const now = new Date();
    await deliverDueWebhooks(now);
    await learnPlace(w);
    await getPortalItem(w.partner, id, rid()); // any delivery check suspends it
    const { code } = await db().source.findUniqueOrThrow({ where: { id: w.passage.sourceId }, select: { code: true } });
    await eraseSource(admin, { sourceId: w.passage.sourceId, confirmCode: code, reason: "The source asked to be forgotten." }, rid());
    await stopJobWorkers();

    await deliverDueWebhooks(new Date(now.getTime() + 10 * 60_000));
    expect(receiver.accepted).toHaveLength(1);
    expect(JSON.stringify(receiver.accepted)).not.toContain("Kani");
  });

  it("a campaign no longer shared with the organisation when its event is sent takes the title with it", async () => {
    const w = await sharedWorld([]);
    const { receiver } = await withReceiver(w, 0);
    await publishedInCampaign(w);
    await db().campaignPartner.deleteMany({ where: { campaignId: w.campaign.id, partnerOrgId: w.org.id } });

    await deliverDueWebhooks();
    expect(receiver.accepted).toHaveLength(1);
    expect(receiver.accepted[0]!.data).not.toHaveProperty("title");
  });
});
