// sslmode against the local PostgreSQL with TLS switched on, using certificates this test
// makes: what libpq would do, mode by mode, seen from the server (pg_stat_ssl).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { clientFor, poolConfigFromUrl } from "@/lib/db/cli-connection";
import { addRolesLimitedByTls, enableServerTls, type ServerTls } from "@/tests/support/server-tls";
import { testServerUrl } from "@/tests/support/test-database";

const server = new URL(testServerUrl());

function urlFor(host: string, params: Record<string, string>, user?: string): string {
  const url = new URL(server);
  url.hostname = host;
  if (user) url.username = user;
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** Connects as the app would and asks the server whether this very connection is encrypted. */
async function sessionUsesTls(url: string): Promise<boolean> {
  const client = clientFor(poolConfigFromUrl(url, 1));
  await client.connect();
  try {
    const { rows } = await client.query<{ ssl: boolean }>("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
    return rows[0]!.ssl;
  } finally {
    await client.end();
  }
}

describe("sslmode while the server offers no TLS", () => {
  it("prefer falls back to a plain connection, through a pool as the app uses it", async () => {
    const pool = new pg.Pool(poolConfigFromUrl(urlFor("127.0.0.1", { sslmode: "prefer" }), 2));
    try {
      const { rows } = await pool.query<{ ssl: boolean }>("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
      expect(rows[0]!.ssl).toBe(false);
    } finally {
      await pool.end();
    }
  });

  it("require is refused", async () => {
    await expect(sessionUsesTls(urlFor("127.0.0.1", { sslmode: "require" }))).rejects.toThrow(/does not support SSL/);
  });
});

// The server's key must belong to the server's user: only root can hand it over.
describe.skipIf(process.getuid?.() !== 0)("sslmode with TLS switched on in the server (run as root)", () => {
  let tls: ServerTls;
  beforeAll(async () => {
    tls = await enableServerTls(server.toString());
  });
  afterAll(async () => {
    await tls?.restore();
  });

  it("verify-full with the right CA and host name connects over TLS", async () => {
    expect(await sessionUsesTls(urlFor("127.0.0.1", { sslmode: "verify-full", sslrootcert: tls.caFile }))).toBe(true);
  });

  it("verify-full refuses a certificate from another CA", async () => {
    await expect(sessionUsesTls(urlFor("127.0.0.1", { sslmode: "verify-full", sslrootcert: tls.otherCaFile }))).rejects.toMatchObject({
      code: expect.stringMatching(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|UNABLE_TO_GET_ISSUER/),
    });
  });

  it("verify-full refuses a certificate for another host name", async () => {
    // localhost reaches the same server, but its certificate names 127.0.0.1 and db.countervoice.test only.
    await expect(sessionUsesTls(urlFor("localhost", { sslmode: "verify-full", sslrootcert: tls.caFile }))).rejects.toMatchObject({
      code: "ERR_TLS_CERT_ALTNAME_INVALID",
    });
  });

  it("verify-ca checks the chain but not the host name", async () => {
    expect(await sessionUsesTls(urlFor("localhost", { sslmode: "verify-ca", sslrootcert: tls.caFile }))).toBe(true);
    await expect(sessionUsesTls(urlFor("localhost", { sslmode: "verify-ca", sslrootcert: tls.otherCaFile }))).rejects.toThrow();
  });

  it("require connects over TLS without checking the certificate", async () => {
    const noRootCert = `${tls.dir}/absent-root.crt`;
    expect(await sessionUsesTls(urlFor("localhost", { sslmode: "require", sslrootcert: noRootCert }))).toBe(true);
  });

  it("require with a root certificate file checks the chain, as verify-ca", async () => {
    expect(await sessionUsesTls(urlFor("localhost", { sslmode: "require", sslrootcert: tls.caFile }))).toBe(true);
    await expect(sessionUsesTls(urlFor("localhost", { sslmode: "require", sslrootcert: tls.otherCaFile }))).rejects.toThrow();
  });

  it("prefer uses TLS when the server offers it", async () => {
    expect(await sessionUsesTls(urlFor("127.0.0.1", { sslmode: "prefer", sslrootcert: `${tls.dir}/absent-root.crt` }))).toBe(true);
  });

  it("allow and disable connect without TLS", async () => {
    expect(await sessionUsesTls(urlFor("127.0.0.1", { sslmode: "allow" }))).toBe(false);
    expect(await sessionUsesTls(urlFor("127.0.0.1", { sslmode: "disable" }))).toBe(false);
  });

  describe("when pg_hba.conf admits a role only with, or only without, TLS", () => {
    let roles: Awaited<ReturnType<typeof addRolesLimitedByTls>>;
    beforeAll(async () => {
      roles = await addRolesLimitedByTls(server.toString());
    });
    afterAll(async () => {
      await roles?.restore();
    });

    it("allow tries without TLS, is refused, and connects again over TLS", async () => {
      expect(await sessionUsesTls(urlFor("127.0.0.1", { sslmode: "allow" }, roles.tlsOnly))).toBe(true);
      await expect(sessionUsesTls(urlFor("127.0.0.1", { sslmode: "disable" }, roles.tlsOnly))).rejects.toThrow(/no encryption/);
    });

    it("prefer tries TLS, is refused, and connects again without", async () => {
      const noRootCert = { sslrootcert: `${tls.dir}/absent-root.crt` };
      expect(await sessionUsesTls(urlFor("127.0.0.1", { sslmode: "prefer", ...noRootCert }, roles.plainOnly))).toBe(false);
      await expect(sessionUsesTls(urlFor("127.0.0.1", { sslmode: "require", ...noRootCert }, roles.plainOnly))).rejects.toThrow(/pg_hba.conf rejects connection/);
    });
  });
});
