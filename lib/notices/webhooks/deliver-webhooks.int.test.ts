// Delivery against a real HTTP receiver written from the OpenAPI document alone
// (tests/support/webhook-receiver.ts): it verifies what is sent, refuses tampering, stale
// timestamps and replays; failures are retried on schedule (time driven through `now`),
// logged per attempt, and given up after the last attempt until an admin retries.
import { createHmac } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { setPartnerWebhook } from "@/lib/partners/partner-webhook";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { startWebhookReceiver, type WebhookReceiver } from "@/tests/support/webhook-receiver";
import { allowPrivateWebhookAddresses, restoreWebhookSettings } from "@/tests/support/webhook-settings";
import { queueWebhookEvent } from "../queue-webhook-event";
import { deliverDueWebhooks } from "./deliver-webhooks";
import { retryWebhookDelivery } from "./retry-webhook-delivery";
import { sendTestWebhook } from "./send-test-webhook";
import { WEBHOOK_MAX_ATTEMPTS } from "./retry-schedule";
import { WEBHOOK_EVENT_SCHEMAS } from "./webhook-payloads";

const MINUTE = 60_000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

beforeAll(() => allowPrivateWebhookAddresses(true));
afterAll(restoreWebhookSettings);

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  // test events and retries kick the job queue after they commit
  await stopJobWorkers();
});

/** An organisation whose endpoint is the receiver, registered by an admin; the receiver knows the secret shown once. */
async function registeredReceiver(options: { failFirst?: number; failStatus?: number } = {}) {
  const admin = await createUser("ADMIN");
  const org = await createPartnerOrg();
  receiver = await startWebhookReceiver({ secret: "not yet", ...options });
  const { secret } = await setPartnerWebhook(admin, { partnerOrgId: org.id, webhookUrl: receiver.url }, rid());
  receiver.useSecret(secret!);
  return { admin, org, secret: secret!, receiver };
}

const assetData = { itemId: "item-1", version: 2, type: "ARTICLE", language: "en", title: "Bread before belief", links: { api: "https://cv.example.org/api/v1/assets/item-1/download", portal: "https://cv.example.org/portal/items/item-1" } };

async function attemptsOf(deliveryId: string) {
  return db().webhookAttempt.findMany({ where: { deliveryId }, orderBy: { number: "asc" } });
}

describe("webhook delivery", () => {
  it("signs each event so a receiver following only the OpenAPI document accepts it, with the documented body and headers", async () => {
    const { admin, org, receiver } = await registeredReceiver();
    // the title goes only while the item is offered to the organisation (asset-events.ts, withTitleCheckedNow)
    await db().contentItem.create({ data: { id: assetData.itemId, type: "ARTICLE", state: "PUBLISHED", language: "en", title: assetData.title, body: "b", createdById: admin.id, publishedAt: new Date(), version: 2, approvedVersion: 2 } });
    await db().campaign.create({ data: { name: "Bread", objective: "o", createdById: admin.id, items: { create: [{ itemId: assetData.itemId }] }, partners: { create: [{ partnerOrgId: org.id }] } } });
    const id = (await queueWebhookEvent(db(), org.id, "asset.published", assetData))!;
    expect(await deliverDueWebhooks()).toBe(1);

    expect(receiver.refused).toEqual([]);
    expect(receiver.accepted).toHaveLength(1);
    const event = receiver.accepted[0]!;
    expect(WEBHOOK_EVENT_SCHEMAS["asset.published"].parse(event)).toEqual(event);
    expect(event).toMatchObject({ id, type: "asset.published", data: assetData });
    const delivery = await db().webhookDelivery.findUniqueOrThrow({ where: { id } });
    expect(delivery).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null });
    expect(await attemptsOf(id)).toMatchObject([{ number: 1, statusCode: 204, error: null }]);
    // delivered once: a later run sends nothing
    expect(await deliverDueWebhooks(later(new Date(), 60 * MINUTE))).toBe(0);
    expect(receiver.requests()).toBe(1);
  });

  it("delivers a take-down's asset.withdrawn as the take-down code queues it; a payload outside its schema is given up, not sent", async () => {
    const { org, receiver } = await registeredReceiver();
    const takedown = { takedownId: "td-1", itemId: "item-1", references: ["AB12-CD34"], reason: "WITHDRAWN", deadlineAt: new Date().toISOString() };
    const id = (await queueWebhookEvent(db(), org.id, "asset.withdrawn", takedown))!;
    const odd = (await queueWebhookEvent(db(), org.id, "asset.withdrawn", { itemId: "item-2", body: "testimony text" }))!;
    expect(await deliverDueWebhooks()).toBe(1);
    expect(receiver.accepted).toEqual([expect.objectContaining({ id, type: "asset.withdrawn", data: takedown })]);
    expect(await attemptsOf(odd)).toMatchObject([{ statusCode: null, error: "invalid-payload" }]);
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: odd } })).toMatchObject({ status: "DEAD" });
    expect(receiver.requests()).toBe(1);
  });

  it("the receiver refuses a tampered body, an old timestamp, a replayed id and another secret", async () => {
    const { org, secret, receiver } = await registeredReceiver();
    // what the deliverer sent and the receiver accepted, sent again and then altered
    await sendTestWebhook(await createUser("ADMIN"), { partnerOrgId: org.id }, rid());
    await deliverDueWebhooks();
    const sent = receiver.accepted[0]!;
    const raw = JSON.stringify(sent);
    const { header, eventHeader, deliveryHeader, toleranceSeconds } = receiver.scheme;
    const sign = (t: number, body: string, key = secret) => `t=${t},v1=${createHmac("sha256", key).update(`${t}.${body}`).digest("hex")}`;
    const post = async (body: string, signature: string, id = sent.id) => {
      const response = await fetch(receiver.url, { method: "POST", headers: { "Content-Type": "application/json", [header]: signature, [eventHeader]: "ping", [deliveryHeader]: id }, body });
      return { status: response.status, reason: await response.text() };
    };
    const now = Math.floor(Date.now() / 1000);

    expect(await post(raw, sign(now, raw))).toEqual({ status: 400, reason: "replayed" });
    const tampered = raw.replace("A test event", "A fake event");
    expect(await post(tampered, sign(now, raw), "fresh-1")).toEqual({ status: 400, reason: "bad-signature" });
    expect(await post(raw, sign(now - toleranceSeconds - 60, raw), "fresh-2")).toEqual({ status: 400, reason: "stale-timestamp" });
    expect(await post(raw, sign(now, raw, "cvwh_someone-else"), "fresh-3")).toEqual({ status: 400, reason: "bad-signature" });
    expect(await post(raw, "t=abc,v1=00", "fresh-4")).toEqual({ status: 400, reason: "malformed-signature" });
    // and the genuine article, with a new id, passes: the refusals were for what was wrong
    expect(await post(raw, sign(now, raw), "fresh-5")).toEqual({ status: 204, reason: "" });
  });

  it("a receiver that fails twice gets the event on the third attempt, after 1 and 5 minutes, every attempt logged", async () => {
    const { org, receiver } = await registeredReceiver({ failFirst: 2, failStatus: 503 });
    const id = (await queueWebhookEvent(db(), org.id, "asset.updated", assetData))!;
    const t0 = later(new Date(), 1000); // the row's nextAttemptAt is the database's now()

    expect(await deliverDueWebhooks(t0)).toBe(0);
    let delivery = await db().webhookDelivery.findUniqueOrThrow({ where: { id } });
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(delivery.nextAttemptAt.getTime()).toBe(t0.getTime() + MINUTE);

    // not yet due: nothing is sent
    expect(await deliverDueWebhooks(later(t0, 30_000))).toBe(0);
    expect(receiver.requests()).toBe(1);

    const t1 = later(t0, MINUTE);
    expect(await deliverDueWebhooks(t1)).toBe(0);
    delivery = await db().webhookDelivery.findUniqueOrThrow({ where: { id } });
    expect(delivery.nextAttemptAt.getTime()).toBe(t1.getTime() + 5 * MINUTE);
    expect(await deliverDueWebhooks(later(t1, 4 * MINUTE))).toBe(0);

    expect(await deliverDueWebhooks(later(t1, 5 * MINUTE))).toBe(1);
    expect(receiver.requests()).toBe(3);
    expect(receiver.accepted.map((e) => e.id)).toEqual([id]);
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 3 });
    const attempts = await attemptsOf(id);
    expect(attempts.map((a) => [a.number, a.statusCode])).toEqual([
      [1, 503],
      [2, 503],
      [3, 204],
    ]);
    for (const a of attempts) expect(a.durationMs).toBeGreaterThanOrEqual(0);
    // the attempt log holds status codes and error classes, never the body or the secret
    expect(JSON.stringify(attempts)).not.toContain("Bread before belief");
  });

  it(`gives up after ${WEBHOOK_MAX_ATTEMPTS} attempts (DEAD) until an admin retries it`, async () => {
    const { admin, org, receiver } = await registeredReceiver({ failFirst: 1000, failStatus: 500 });
    const id = (await queueWebhookEvent(db(), org.id, "asset.published", assetData))!;
    let now = new Date();
    for (let i = 0; i < WEBHOOK_MAX_ATTEMPTS; i++) {
      await deliverDueWebhooks(now);
      now = later(now, 13 * 60 * MINUTE);
    }
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DEAD", attempts: WEBHOOK_MAX_ATTEMPTS });
    expect(await attemptsOf(id)).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    await deliverDueWebhooks(later(now, 48 * 60 * MINUTE));
    expect(receiver.requests()).toBe(WEBHOOK_MAX_ATTEMPTS);

    // another organisation's admin page cannot reach it; only DEAD ones are retried
    const other = await createPartnerOrg();
    await expect(retryWebhookDelivery(admin, { partnerOrgId: other.id, deliveryId: id }, rid())).rejects.toThrow(/No such delivery/);
    receiver.failNext(0);
    await retryWebhookDelivery(admin, { partnerOrgId: org.id, deliveryId: id }, rid(), now);
    await expect(retryWebhookDelivery(admin, { partnerOrgId: org.id, deliveryId: id }, rid(), now)).rejects.toThrow(/still being retried/);
    expect(await deliverDueWebhooks(now)).toBe(1);
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: WEBHOOK_MAX_ATTEMPTS + 1 });
    expect(receiver.accepted.map((e) => e.id)).toEqual([id]);
    expect(await db().auditEvent.count({ where: { action: "webhook.retried", targetId: id } })).toBe(1);
  });

  it("refuses at delivery an endpoint that is private when private addresses are not allowed, without connecting", async () => {
    const { org, receiver } = await registeredReceiver();
    allowPrivateWebhookAddresses(false);
    try {
      const id = (await queueWebhookEvent(db(), org.id, "asset.published", assetData))!;
      await deliverDueWebhooks();
      expect(await attemptsOf(id)).toMatchObject([{ number: 1, statusCode: null, error: "address-refused" }]);
      expect(receiver.requests()).toBe(0);
    } finally {
      allowPrivateWebhookAddresses(true);
    }
  });

  it("does not follow a redirect: a 3xx is a failed attempt", async () => {
    const { createServer } = await import("node:http");
    const target = createServer((_req, res) => res.writeHead(307, { Location: "http://127.0.0.1:1/elsewhere" }).end());
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    try {
      const admin = await createUser("ADMIN");
      const org = await createPartnerOrg();
      const port = (target.address() as { port: number }).port;
      await setPartnerWebhook(admin, { partnerOrgId: org.id, webhookUrl: `http://127.0.0.1:${port}/hook` }, rid());
      const id = (await queueWebhookEvent(db(), org.id, "asset.published", assetData))!;
      expect(await deliverDueWebhooks()).toBe(0);
      expect(await attemptsOf(id)).toMatchObject([{ statusCode: 307, error: "redirect-not-followed" }]);
      expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING" });
    } finally {
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });

  it("two runs at once send an event once (the claim skips rows another run holds)", async () => {
    const { org, receiver } = await registeredReceiver();
    for (let i = 0; i < 5; i++) await queueWebhookEvent(db(), org.id, "asset.published", { ...assetData, itemId: `item-${i}` });
    const [a, b] = await Promise.all([deliverDueWebhooks(), deliverDueWebhooks()]);
    expect(a + b).toBe(5);
    expect(receiver.requests()).toBe(5);
    expect(await db().webhookAttempt.count()).toBe(5);
  });
});
