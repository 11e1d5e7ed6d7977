// Opens the embedded PGlite database and serves it over the Postgres wire
// protocol, so the app uses the same `pg` adapter and migrations as production.
import path from "node:path";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";

export type EmbeddedServer = { url: string; pglite: PGlite; stop: () => Promise<void> };

// Unix socket paths are limited to ~107 bytes; beyond that, fall back to loopback TCP.
const MAX_SOCKET_PATH = 100;

export async function startEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  const absolute = path.resolve(dataDir);
  const pgdata = path.join(absolute, "pglite");
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  const pglite = await PGlite.create({ dataDir: pgdata, extensions: PGLITE_EXTENSIONS });
  const socketPath = path.join(absolute, ".s.PGSQL.5432");
  const useSocket = socketPath.length <= MAX_SOCKET_PATH;
  if (useSocket) fs.rmSync(socketPath, { force: true });
  // The app's pool holds a single connection; a little headroom covers the
  // moment a closed connection is replaced before the server notices the close.
  const server = new PGLiteSocketServer(
    useSocket ? { db: pglite, path: socketPath, maxConnections: 4 } : { db: pglite, port: 0, host: "127.0.0.1", maxConnections: 4 },
  );
  await server.start();
  // PGlite offers no TLS: over TCP, sslmode=disable spares it libpq's default first attempt (prefer).
  const url = useSocket
    ? `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(absolute)}`
    : `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  if (useSocket) fs.chmodSync(socketPath, 0o600);
  return {
    url,
    pglite,
    async stop() {
      await server.stop();
      await pglite.close();
      if (useSocket) fs.rmSync(socketPath, { force: true });
    },
  };
}
