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
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and broadcast
];

const V6_RANGES: [string, number][] = [
  ["::", 127], // unspecified and loopback
  ["::ffff:0:0", 96], // IPv4-mapped: would reach whatever IPv4 address it embeds
  ["64:ff9b::", 96], // NAT64, likewise
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
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
