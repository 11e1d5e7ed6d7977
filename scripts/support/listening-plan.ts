// Where the server listens. Embedded mode is a demo with a public password: it listens on
// 127.0.0.1 unless HOST says otherwise, and then only through the forwarding listener, so
// that the demo's password and token still work from this machine alone.
import { isLoopbackAddress } from "@/lib/auth/loopback";

export type ListeningPlan = {
  /** Where Next.js listens; undefined: every interface (Next.js's default). */
  next: { host: string | undefined; port: number };
  /** Embedded mode with a HOST beyond this machine: the launcher listens there and forwards. */
  forwarding?: { host: string; port: number };
};

function isLocalHost(host: string): boolean {
  return host === "localhost" || isLoopbackAddress(host);
}

export function listeningPlan(options: { embedded: boolean; host: string | undefined; port: number; freeLocalPort: number }): ListeningPlan {
  const { embedded, host, port, freeLocalPort } = options;
  if (!embedded) return { next: { host, port } };
  if (!host || isLocalHost(host)) return { next: { host: host ?? "127.0.0.1", port } };
  return { next: { host: "127.0.0.1", port: freeLocalPort }, forwarding: { host, port } };
}
