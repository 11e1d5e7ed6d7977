// Connection settings for the app, the Prisma CLI and pg-boss. Discrete fields rather
// than a URL: the pg adapter's shadow database only honours `database` when no URL is
// given, and pg never sees the URL's TLS parameters, which are read as libpq reads them.
import type { PoolConfig } from "pg";
import { connectionAddressOf } from "./connection-address";
import { localCertificateFiles } from "./tls/certificate-files";
import { LibpqClient, type LibpqClientConfig } from "./tls/libpq-client";
import { libpqTlsPlan } from "./tls/libpq-tls-plan";

export type ConnectionConfig = PoolConfig & LibpqClientConfig;

export function poolConfigFromUrl(url: string, max: number): ConnectionConfig {
  const address = connectionAddressOf(url);
  const tls = libpqTlsPlan(new URL(url).searchParams, address.host, localCertificateFiles);
  return { ...address, ssl: tls.first, libpqFallbackSsl: tls.fallback, Client: LibpqClient, max };
}

/** A single connection with the same TLS behaviour as the pools. */
export function clientFor(config: ConnectionConfig): LibpqClient {
  return new LibpqClient(config);
}

export function cliConnectionConfig(): ConnectionConfig {
  // The CLI runs outside the app, so it reads the two variables itself: the
  // socket URL the embedded launcher hands its children (one connection only),
  // or the production URL.
  const embedded = process.env.COUNTERVOICE_EMBEDDED_URL;
  if (embedded) return poolConfigFromUrl(embedded, 1);
  const url = process.env.DATABASE_URL;
  if (!url) return poolConfigFromUrl("postgresql://postgres@127.0.0.1:5432/postgres", 1);
  return poolConfigFromUrl(url, 4);
}
