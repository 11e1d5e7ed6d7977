// Sends due webhook deliveries: each claimed with a lease (FOR UPDATE SKIP LOCKED, so two
// instances or a poll and a kick never send one twice at once), signed, POSTed, and its
// attempt logged. A 2xx delivers it; anything else is retried with growing delays, and
// after the last attempt it is DEAD (an admin can retry it from the partner's page).
import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";
import { DELIVER_WEBHOOKS_JOB } from "../notice-jobs";
import { postWebhook, type PostOutcome } from "./post-webhook";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from "./sign-webhook";
import { webhookBody } from "./webhook-payloads";
import { withTitleCheckedNow } from "./asset-events";
import { openWebhookSecret } from "./webhook-secret-box";
import { nextAttemptAfter } from "./retry-schedule";

const LEASE_MS = 2 * 60_000;
const BATCH_SIZE = 20;
const MAX_BATCHES_PER_RUN = 50;

async function claimDue(now: Date): Promise<string[]> {
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "lockedUntil" = ${leaseEnd}
    WHERE "id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt" ASC
      LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((r) => r.id);
}

type Claimed = NonNullable<Awaited<ReturnType<typeof loadClaimed>>>;

function loadClaimed(id: string) {
  return db().webhookDelivery.findUnique({
    where: { id },
    select: { id: true, event: true, payload: true, createdAt: true, status: true, attempts: true, partnerOrg: { select: { id: true, active: true, webhookUrl: true, webhookSecretEnc: true } } },
  });
}

async function send(delivery: Claimed): Promise<PostOutcome> {
  const org = delivery.partnerOrg;
  if (!org.active) return { statusCode: null, error: "organisation-deactivated", durationMs: 0 };
  if (!org.webhookUrl || !org.webhookSecretEnc) return { statusCode: null, error: "no-endpoint", durationMs: 0 };
  // Outside the try: a failed check crashes this attempt (retried), it never makes the event DEAD.
  const payload = await withTitleCheckedNow(db(), org.id, delivery.event, delivery.payload);
  let body: string;
  try {
    body = webhookBody({ ...delivery, payload });
  } catch {
    return { statusCode: null, error: "invalid-payload", durationMs: 0 };
  }
  const secret = openWebhookSecret(org.id, org.webhookSecretEnc);
  // The signed time is the real moment of sending, whatever the scheduler's clock says.
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    "Content-Type": "application/json",
    [EVENT_HEADER]: delivery.event,
    [DELIVERY_HEADER]: delivery.id,
    [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, body),
  };
  return postWebhook(org.webhookUrl, headers, body, { allowPrivate: env().WEBHOOK_ALLOW_PRIVATE_ADDRESSES === "1" });
}

const delivered = (outcome: PostOutcome) => outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;

async function deliverOne(id: string, now: Date): Promise<boolean> {
  const delivery = await loadClaimed(id);
  if (!delivery || delivery.status !== "PENDING") return false;
  const outcome = await send(delivery);
  const number = delivery.attempts + 1;
  const ok = delivered(outcome);
  // A body outside its schema stays so: trying again would not help.
  const retryAt = outcome.error === "invalid-payload" ? null : nextAttemptAfter(number, now);
  const dead = !ok && retryAt === null;
  await db().$transaction(async (tx) => {
    // Only while still ours: at the attempt count claimed, still pending.
    const updated = await tx.webhookDelivery.updateMany({
      where: { id, status: "PENDING", attempts: delivery.attempts },
      data: {
        attempts: number,
        lockedUntil: null,
        ...(ok ? { status: "SENT", deliveredAt: now } : dead ? { status: "DEAD" } : { nextAttemptAt: retryAt! }),
      },
    });
    if (updated.count === 1) await tx.webhookAttempt.create({ data: { deliveryId: id, number, at: now, statusCode: outcome.statusCode, error: outcome.error, durationMs: outcome.durationMs } });
  });
  log(ok ? "info" : "warn", ok ? "webhooks.delivered" : dead ? "webhooks.dead" : "webhooks.failed", { deliveryId: id, attempt: number, statusCode: outcome.statusCode, error: outcome.error });
  return ok;
}

/** Sends every delivery due at `now` (tests pass a later time instead of waiting). Returns how many were delivered. */
export async function deliverDueWebhooks(now: Date = new Date()): Promise<number> {
  let count = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const ids = await claimDue(now);
    if (ids.length === 0) break;
    for (const id of ids) {
      try {
        if (await deliverOne(id, now)) count++;
      } catch (error) {
        // its lease runs out and a later run tries it again
        log("error", "webhooks.delivery-crashed", { deliveryId: id, error: error instanceof Error ? error.name : "unknown" });
      }
    }
  }
  return count;
}

defineJob(DELIVER_WEBHOOKS_JOB, async () => {
  await deliverDueWebhooks();
});

const POLL_MS = 30_000;
const poller = globalThis as unknown as { countervoiceWebhookPoller?: NodeJS.Timeout };

/** Retries and anything a kick missed: runs the deliverer every 30 s in this process. */
export function startWebhookPoller(): void {
  if (poller.countervoiceWebhookPoller) return;
  let running = false;
  poller.countervoiceWebhookPoller = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueWebhooks()
      .catch((error: unknown) => log("error", "webhooks.poll-failed", { error: error instanceof Error ? error.name : "unknown" }))
      .finally(() => (running = false));
  }, POLL_MS);
  poller.countervoiceWebhookPoller.unref();
}
