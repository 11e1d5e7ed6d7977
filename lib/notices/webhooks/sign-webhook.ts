// The signature a partner verifies (described in the OpenAPI document's `webhooks`):
// HMAC-SHA256, keyed with the secret as UTF-8 text, over "<unix seconds>.<raw body>".
import { createHmac } from "node:crypto";

export const SIGNATURE_HEADER = "Countervoice-Signature";
export const EVENT_HEADER = "Countervoice-Event";
export const DELIVERY_HEADER = "Countervoice-Delivery";
/** How far a receiver should let the signed time differ from its clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signatureOf(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", Buffer.from(secret, "utf8")).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
}

/** The header value: `t=<unix seconds>,v1=<hex signature>`. */
export function signatureHeader(secret: string, timestamp: number, rawBody: string): string {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, rawBody)}`;
}
