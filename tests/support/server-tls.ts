// Switches TLS on in the local test PostgreSQL server with a CA and certificate made for
// the occasion, and back to what it was afterwards. Plain connections keep working while
// it is on (pg_hba's `host` lines accept both), so tests running meanwhile are unaffected.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type ServerTls = { dir: string; caFile: string; otherCaFile: string; restore(): Promise<void> };

const SETTINGS = ["ssl", "ssl_cert_file", "ssl_key_file"] as const;

function openssl(dir: string, ...args: string[]): void {
  execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
}

/** A CA, a second unrelated CA, and a server certificate for 127.0.0.1 and db.countervoice.test signed by the first. */
function makeCertificates(dir: string): void {
  for (const ca of ["ca", "other-ca"]) {
    openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
      "-subj", `/CN=Countervoice test ${ca}`, "-keyout", `${ca}.key`, "-out", `${ca}.crt`);
  }
  openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
    "-subj", "/CN=db.countervoice.test", "-keyout", "server.key", "-out", "server.csr");
  fs.writeFileSync(path.join(dir, "server.ext"), "subjectAltName=IP:127.0.0.1,DNS:db.countervoice.test\n");
  openssl(dir, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
    "-days", "2", "-extfile", "server.ext", "-out", "server.crt");
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, ssl: false });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Reloading is asynchronous: new backends see the change once the postmaster has re-read its files. */
async function waitForSsl(serverUrl: string, expected: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await withServer(serverUrl, (c) => c.query<{ ssl: string }>("SHOW ssl"));
    if (rows[0]?.ssl === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const errors = await withServer(serverUrl, (c) => c.query("SELECT name, error FROM pg_file_settings WHERE error IS NOT NULL"));
  throw new Error(`PostgreSQL's ssl setting did not become "${expected}" after a reload (${JSON.stringify(errors.rows)})`);
}

/**
 * Puts rules for two roles of its own at the top of pg_hba.conf: one may connect only over
 * TLS, the other only without. Every other role keeps the file's own rules.
 */
export async function addRolesLimitedByTls(serverUrl: string): Promise<{ tlsOnly: string; plainOnly: string; restore(): Promise<void> }> {
  const suffix = `${process.pid}_${Date.now()}`;
  const tlsOnly = `countervoice_tls_only_${suffix}`;
  const plainOnly = `countervoice_plain_only_${suffix}`;
  const hbaFile = await withServer(serverUrl, async (c) => {
    await c.query(`CREATE ROLE "${tlsOnly}" LOGIN`);
    await c.query(`CREATE ROLE "${plainOnly}" LOGIN`);
    return (await c.query<{ hba_file: string }>("SHOW hba_file")).rows[0]!.hba_file;
  });
  const original = fs.readFileSync(hbaFile, "utf8");
  const rules = [
    `hostnossl all ${tlsOnly} 127.0.0.1/32 reject`,
    `hostssl all ${plainOnly} 127.0.0.1/32 reject`,
  ];
  const reload = () => withServer(serverUrl, (c) => c.query("SELECT pg_reload_conf()"));
  fs.writeFileSync(hbaFile, `${rules.join("\n")}\n${original}`);
  await reload();
  const restore = async () => {
    fs.writeFileSync(hbaFile, original);
    await reload();
    await withServer(serverUrl, async (c) => {
      await c.query(`DROP ROLE IF EXISTS "${tlsOnly}"`);
      await c.query(`DROP ROLE IF EXISTS "${plainOnly}"`);
    });
  };
  // pg_hba.conf is re-read when the postmaster handles the reload; wait until it has.
  for (let attempt = 0; ; attempt++) {
    const { rows } = await withServer(serverUrl, (c) => c.query("SELECT 1 FROM pg_hba_file_rules WHERE $1 = ANY(user_name)", [tlsOnly]));
    if (rows.length > 0) break;
    if (attempt >= 100) {
      await restore();
      throw new Error("PostgreSQL did not read the test's pg_hba.conf rules");
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { tlsOnly, plainOnly, restore };
}

export async function enableServerTls(serverUrl: string): Promise<ServerTls> {
  const previous = await withServer(serverUrl, async (c) => {
    const { rows } = await c.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_file_settings WHERE sourcefile LIKE '%postgresql.auto.conf' AND name = ANY($1) AND applied",
      [SETTINGS],
    );
    const ssl = (await c.query<{ ssl: string }>("SHOW ssl")).rows[0]!.ssl;
    const dataDir = (await c.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory;
    return { explicit: new Map(rows.map((r) => [r.name, r.setting])), ssl, dataDir };
  });
  // The server reads its key as its own user, and refuses a key others can read.
  const owner = fs.statSync(previous.dataDir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-pg-tls-"));
  fs.chmodSync(dir, 0o755);
  makeCertificates(dir);
  const keyFile = path.join(dir, "server.key");
  fs.chownSync(keyFile, owner.uid, owner.gid);
  fs.chmodSync(keyFile, 0o600);

  const restore = async () => {
    await withServer(serverUrl, async (c) => {
      for (const name of SETTINGS) {
        const value = previous.explicit.get(name);
        await c.query(value === undefined ? `ALTER SYSTEM RESET ${name}` : `ALTER SYSTEM SET ${name} = ${c.escapeLiteral(value)}`);
      }
      await c.query("SELECT pg_reload_conf()");
    });
    await waitForSsl(serverUrl, previous.ssl);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await withServer(serverUrl, async (c) => {
      await c.query(`ALTER SYSTEM SET ssl_cert_file = ${c.escapeLiteral(path.join(dir, "server.crt"))}`);
      await c.query(`ALTER SYSTEM SET ssl_key_file = ${c.escapeLiteral(keyFile)}`);
      await c.query("ALTER SYSTEM SET ssl = on");
      await c.query("SELECT pg_reload_conf()");
    });
    await waitForSsl(serverUrl, "on");
  } catch (error) {
    await restore();
    throw error;
  }
  return { dir, caFile: path.join(dir, "ca.crt"), otherCaFile: path.join(dir, "other-ca.crt"), restore };
}
