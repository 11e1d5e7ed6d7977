// What libpq would do with a connection URL's sslmode, sslrootcert, sslcert and sslkey,
// as TLS options for node-postgres (whose own reading of sslmode differs: it turns
// prefer and verify-ca into verify-full, and require into "verify nothing" even when a
// root certificate is present). https://www.postgresql.org/docs/15/libpq-ssl.html
import type { ConnectionOptions } from "node:tls";

export const SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"] as const;
export type SslMode = (typeof SSL_MODES)[number];

/** The URL parameters read here; they are never handed to pg itself. */
export const TLS_URL_PARAMETERS = ["sslmode", "sslrootcert", "sslcert", "sslkey"] as const;

/** `false`: plain TCP. */
export type TlsSetting = false | ConnectionOptions;

/** The first attempt, and what libpq tries once more when that attempt is refused (allow, prefer). */
export type TlsPlan = { mode: SslMode; first: TlsSetting; fallback?: TlsSetting };

export type CertificateFiles = {
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Buffer | undefined;
  /** Permission bits and owner of an existing file. */
  stat(path: string): { mode: number; uid: number };
  home: string;
  uid: number;
};

export class DatabaseTlsConfigurationError extends Error {}

export function isSslMode(value: string): value is SslMode {
  return (SSL_MODES as readonly string[]).includes(value);
}

export function sslModeOf(params: URLSearchParams): SslMode {
  const mode = params.get("sslmode") ?? "prefer"; // libpq's default
  if (!isSslMode(mode)) {
    throw new DatabaseTlsConfigurationError(`DATABASE_URL: invalid sslmode value "${mode}" (one of ${SSL_MODES.join(", ")})`);
  }
  return mode;
}

export function libpqTlsPlan(params: URLSearchParams, host: string, files: CertificateFiles): TlsPlan {
  const mode = sslModeOf(params);
  // libpq never negotiates TLS over a Unix-domain socket, whatever sslmode says.
  if (mode === "disable" || host.startsWith("/")) return { mode, first: false };

  const rootCertPath = params.get("sslrootcert") ?? `${files.home}/.postgresql/root.crt`;
  const systemRoots = rootCertPath === "system";
  if (systemRoots && mode !== "verify-full") {
    throw new DatabaseTlsConfigurationError(`DATABASE_URL: weak sslmode "${mode}" may not be used with sslrootcert=system (use "verify-full")`);
  }
  const rootCert = systemRoots ? undefined : files.read(rootCertPath);
  const verifies = mode === "verify-ca" || mode === "verify-full";
  if (verifies && !systemRoots && !rootCert) {
    throw new DatabaseTlsConfigurationError(
      `DATABASE_URL: root certificate file "${rootCertPath}" does not exist; set sslrootcert to the server's CA certificate, or change sslmode to disable server certificate verification`,
    );
  }

  const base: ConnectionOptions = { ...(rootCert ? { ca: rootCert } : {}), ...clientCertificate(params, files) };
  // Host name checked only by verify-full. A root certificate makes libpq check the chain
  // in every other mode too (require then behaves as verify-ca).
  const tls: ConnectionOptions =
    mode === "verify-full"
      ? { ...base, rejectUnauthorized: true }
      : rootCert
        ? { ...base, rejectUnauthorized: true, checkServerIdentity: () => undefined }
        : { ...base, rejectUnauthorized: false };

  if (mode === "allow") return { mode, first: false, fallback: tls };
  if (mode === "prefer") return { mode, first: tls, fallback: false };
  return { mode, first: tls };
}

/** libpq sends a client certificate when its file exists, and then insists on a private key kept private. */
function clientCertificate(params: URLSearchParams, files: CertificateFiles): Pick<ConnectionOptions, "cert" | "key"> {
  const certPath = params.get("sslcert") ?? `${files.home}/.postgresql/postgresql.crt`;
  const cert = files.read(certPath);
  if (!cert) return {};
  const keyPath = params.get("sslkey") ?? `${files.home}/.postgresql/postgresql.key`;
  const key = files.read(keyPath);
  if (!key) throw new DatabaseTlsConfigurationError(`DATABASE_URL: certificate present, but not private key file "${keyPath}"`);
  const { mode, uid } = files.stat(keyPath);
  // As libpq: no group or world bits on one's own key; a root-owned key may be group-readable.
  const forbidden = (uid === files.uid ? 0o077 : 0) | (uid === 0 ? 0o037 : 0);
  if ((mode & forbidden) !== 0) {
    throw new DatabaseTlsConfigurationError(
      `DATABASE_URL: private key file "${keyPath}" has group or world access; it must have permissions u=rw (0600) or less if owned by the current user, or u=rw,g=r (0640) or less if owned by root`,
    );
  }
  return { cert, key };
}
