// Integration tests with a local webhook receiver switch WEBHOOK_ALLOW_PRIVATE_ADDRESSES, as
// the e2e/demo launcher does for its local receiver, and put it back afterwards.
import { reloadEnv } from "@/lib/env";

const original = process.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES;

export function allowPrivateWebhookAddresses(allow: boolean): void {
  process.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = allow ? "1" : "0";
  reloadEnv();
}

export function restoreWebhookSettings(): void {
  process.env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = original ?? "";
  reloadEnv();
}
