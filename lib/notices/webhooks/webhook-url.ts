// The rules for a partner's webhook endpoint, checked when an admin registers it and again,
// after DNS, at every delivery (post-webhook.ts): https only, no credentials in the URL, a
// bounded length, and a public address, unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES=1 (a local
// test receiver). Messages name the rule broken, never echo the URL.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { m } from "@/lib/i18n/translate";
import { isLocalName, isPrivateAddress } from "./webhook-address";

export const WEBHOOK_URL_MAX_LENGTH = 2048;

export type ResolveHost = (hostname: string) => Promise<string[]>;

export const resolveWithDns: ResolveHost = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export type WebhookUrlRules = { allowPrivate: boolean };

export class WebhookUrlRefused extends Error {}

/** The URL's form alone: scheme, credentials, length, literal or local host names. Returns the parsed URL. */
export function checkWebhookUrlForm(raw: string, rules: WebhookUrlRules): URL {
  if (raw.length > WEBHOOK_URL_MAX_LENGTH) throw new WebhookUrlRefused(m("partners.webhookUrl.tooLong", { max: WEBHOOK_URL_MAX_LENGTH }));
  if (!URL.canParse(raw)) throw new WebhookUrlRefused(m("partners.webhookUrl.notAUrl"));
  const url = new URL(raw);
  const schemes = rules.allowPrivate ? ["https:", "http:"] : ["https:"];
  if (!schemes.includes(url.protocol)) throw new WebhookUrlRefused(m("partners.webhookUrl.httpsOnly"));
  if (url.username || url.password) throw new WebhookUrlRefused(m("partners.webhookUrl.credentials"));
  if (url.hash) throw new WebhookUrlRefused(m("partners.webhookUrl.fragment"));
  if (!url.hostname) throw new WebhookUrlRefused(m("partners.webhookUrl.noHost"));
  if (!rules.allowPrivate) {
    const literal = isIP(url.hostname.replace(/^\[|\]$/g, "")) !== 0;
    if (literal ? isPrivateAddress(url.hostname) : isLocalName(url.hostname)) throw new WebhookUrlRefused(m("partners.webhookUrl.private"));
  }
  return url;
}

/** The addresses to connect to for this host, all public unless private ones are allowed. */
export async function resolvePermittedAddresses(hostname: string, rules: WebhookUrlRules, resolve: ResolveHost = resolveWithDns): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(bare) !== 0) addresses = [bare];
  else {
    try {
      addresses = await resolve(bare);
    } catch {
      throw new WebhookUrlRefused(m("partners.webhookUrl.unresolved"));
    }
  }
  if (addresses.length === 0) throw new WebhookUrlRefused(m("partners.webhookUrl.unresolved"));
  // Every answer must be public: a name that also points inward could be steered there.
  if (!rules.allowPrivate && addresses.some(isPrivateAddress)) throw new WebhookUrlRefused(m("partners.webhookUrl.resolvesPrivate"));
  return addresses;
}

/** The full check at registration: form, then where the name leads now. Returns the normalised URL. */
export async function checkWebhookUrl(raw: string, rules: WebhookUrlRules, resolve: ResolveHost = resolveWithDns): Promise<string> {
  const url = checkWebhookUrlForm(raw.trim(), rules);
  await resolvePermittedAddresses(url.hostname, rules, resolve);
  return url.toString();
}
