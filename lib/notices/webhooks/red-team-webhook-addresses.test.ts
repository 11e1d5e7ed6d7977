// Red team: IPv6 forms that embed or translate to an IPv4 address (IPv4-compatible, SIIT,
// local-use NAT64, 6to4, Teredo) or that a local network may route inward (site-local),
// and the ranges IANA marks as not globally reachable. A DNS name answering one of them
// must not steer a delivery to a metadata service or an internal host.
import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./webhook-address";
import { checkWebhookUrl, WebhookUrlRefused, type ResolveHost } from "./webhook-url";

const answering = (address: string): ResolveHost => async () => [address];

describe("red team: webhook addresses", () => {
  it.each([
    ["::7f00:1", "IPv4-compatible 127.0.0.1"],
    ["::a9fe:a9fe", "IPv4-compatible 169.254.169.254"],
    ["::ffff:0:a9fe:a9fe", "SIIT IPv4-translated 169.254.169.254"],
    ["64:ff9b:1::a9fe:a9fe", "local-use NAT64 of 169.254.169.254"],
    ["2002:a9fe:a9fe::1", "6to4 of 169.254.169.254"],
    ["2002:7f00:1::", "6to4 of 127.0.0.1"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
    ["2001:2::1", "benchmarking"],
    ["fec0::1", "site-local"],
    ["3fff::1", "documentation (RFC 9637)"],
    ["192.88.99.1", "6to4 relay anycast"],
  ])("refuses %s (%s)", async (address) => {
    expect(isPrivateAddress(address)).toBe(true);
    await expect(checkWebhookUrl("https://hooks.partner.example/", { allowPrivate: false }, answering(address))).rejects.toBeInstanceOf(WebhookUrlRefused);
  });

  it("still accepts public addresses", () => {
    for (const address of ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2a00:1450:4001:80b::200e"]) expect(isPrivateAddress(address)).toBe(false);
  });
});
