// Which network addresses a webhook may reach: public unicast only. Private, loopback,
// link-local, shared, multicast and reserved ranges would let an endpoint registration
// (or a DNS answer that changes later) point deliveries at internal services.
import { BlockList, isIP } from "node:net";

const V4_RANGES: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24], // 6to4 relay anycast: relays to whatever IPv4 address a packet embeds
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and broadcast
];

const V6_RANGES: [string, number][] = [
  ["::", 96], // unspecified, loopback, and IPv4-compatible (::a.b.c.d embeds an IPv4 address)
  ["::ffff:0:0", 96], // IPv4-mapped: would reach whatever IPv4 address it embeds
  ["::ffff:0:0:0", 96], // IPv4-translated (SIIT), likewise
  ["64:ff9b::", 96], // NAT64, likewise
  ["64:ff9b:1::", 48], // local-use NAT64, likewise
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments: Teredo (embeds an IPv4 address), benchmarking, ORCHID…
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: embeds an IPv4 address, which may be a private one
  ["3fff::", 20], // documentation
  ["5f00::", 16], // segment routing identifiers
  ["fc00::", 7], // unique local
  ["fec0::", 10], // site-local (deprecated, still routed inward on some networks)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
];

// Kept apart: a BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules.
const v4 = new BlockList();
for (const [net, prefix] of V4_RANGES) v4.addSubnet(net, prefix, "ipv4");
const v6 = new BlockList();
for (const [net, prefix] of V6_RANGES) v6.addSubnet(net, prefix, "ipv6");

/** True for anything that is not a public unicast IP address (including what is not an IP at all). */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return v4.check(bare, "ipv4");
  if (family === 6) return v6.check(bare, "ipv6");
  return true;
}

/** Names that only ever mean this machine or its local network. */
export function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || /\.(localhost|local|internal|lan|home\.arpa)$/.test(name) || !name.includes(".");
}
