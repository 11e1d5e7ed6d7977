import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./webhook-address";
import { checkWebhookUrl, WEBHOOK_URL_MAX_LENGTH, WebhookUrlRefused, type ResolveHost } from "./webhook-url";

const strict = { allowPrivate: false };
const relaxed = { allowPrivate: true };
const dns = (answers: Record<string, string[]>): ResolveHost => async (host) => {
  const found = answers[host];
  if (!found) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return found;
};
const publicDns = dns({ "hooks.partner.example": ["93.184.215.14"], "two.partner.example": ["93.184.215.14", "10.0.0.7"], "inward.partner.example": ["127.0.0.1"], "v6.partner.example": ["2606:2800:21f:cb07:6820:80da:af6b:8b2c"] });

const refusal = async (url: string, rules = strict, resolve = publicDns) => {
  try {
    await checkWebhookUrl(url, rules, resolve);
    return null;
  } catch (error) {
    if (error instanceof WebhookUrlRefused) return error.message;
    throw error;
  }
};

describe("webhook endpoint rules", () => {
  it("accepts a public https address and normalises it", async () => {
    expect(await checkWebhookUrl("  https://hooks.partner.example/countervoice?x=1 ", strict, publicDns)).toBe("https://hooks.partner.example/countervoice?x=1");
    expect(await checkWebhookUrl("https://v6.partner.example/", strict, publicDns)).toBe("https://v6.partner.example/");
  });

  it.each([
    ["http://hooks.partner.example/", /https:\/\//],
    ["ftp://hooks.partner.example/", /https:\/\//],
    ["https://user:pass@hooks.partner.example/", /user name or password/],
    ["https://user@hooks.partner.example/", /user name or password/],
    ["https://hooks.partner.example/#frag", /fragment/],
    ["hooks.partner.example/x", /full address/],
    ["https://hooks.partner.example/" + "a".repeat(WEBHOOK_URL_MAX_LENGTH), /at most 2048/],
  ])("refuses %s", async (url, message) => {
    expect(await refusal(url)).toMatch(message);
  });

  it.each([
    "https://127.0.0.1/",
    "https://127.1.2.3:8443/",
    "https://2130706433/", // 127.0.0.1 as one number
    "https://0x7f.1/",
    "https://10.1.2.3/",
    "https://172.16.0.1/",
    "https://172.31.255.255/",
    "https://192.168.1.1/",
    "https://169.254.169.254/latest/meta-data", // cloud metadata
    "https://100.64.0.1/",
    "https://0.0.0.0/",
    "https://[::1]/",
    "https://[::]/",
    "https://[fe80::1]/",
    "https://[fd00::1]/",
    "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:10.0.0.1]/",
    "https://localhost/",
    "https://api.localhost/",
    "https://printer.local/",
    "https://intranet/",
  ])("refuses the private, loopback or local address %s", async (url) => {
    expect(await refusal(url)).toMatch(/public internet/);
  });

  it("refuses a name that resolves inward, even in part, or not at all", async () => {
    expect(await refusal("https://inward.partner.example/")).toMatch(/resolves to a private/);
    expect(await refusal("https://two.partner.example/")).toMatch(/resolves to a private/);
    expect(await refusal("https://nowhere.partner.example/")).toMatch(/could not be resolved/);
  });

  it("with WEBHOOK_ALLOW_PRIVATE_ADDRESSES, takes http and local addresses (a local test receiver), but never credentials", async () => {
    expect(await checkWebhookUrl("http://127.0.0.1:4000/hook", relaxed, publicDns)).toBe("http://127.0.0.1:4000/hook");
    expect(await checkWebhookUrl("https://inward.partner.example/", relaxed, publicDns)).toBe("https://inward.partner.example/");
    expect(await refusal("http://u:p@127.0.0.1:4000/hook", relaxed)).toMatch(/user name or password/);
    expect(await refusal("ftp://127.0.0.1/", relaxed)).toMatch(/https:\/\//);
  });

  it("classifies addresses: public unicast only", () => {
    for (const a of ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "172.32.0.1", "192.169.0.1"]) expect(isPrivateAddress(a), a).toBe(false);
    for (const a of ["127.0.0.1", "10.0.0.1", "192.168.0.1", "169.254.1.1", "224.0.0.1", "255.255.255.255", "::1", "fc00::1", "::ffff:8.8.8.8", "not-an-ip"]) expect(isPrivateAddress(a), a).toBe(true);
  });
});
