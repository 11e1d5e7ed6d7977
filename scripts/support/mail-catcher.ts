// The embedded demo's mail server: accepts every message on a loopback port and keeps it as
// an .eml file in the data directory, where an admin reads it at /admin/notices (demo only).
// So a newcomer sees every kind of notice without setting up a mail server.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type MailCatcher = { port: number; dir: string; stop(): Promise<void> };

export async function startMailCatcher(dataDir: string): Promise<MailCatcher> {
  const dir = path.join(dataDir, "mail-catcher");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const server = new SMTPServer({
    authOptional: true,
    // Loopback only; without STARTTLS on offer the app's mailer sends in the clear to it.
    disabledCommands: ["STARTTLS", "AUTH"],
    size: 10 * 1024 * 1024,
    logger: false,
    onData(stream, _session, callback) {
      const name = `${Date.now()}-${crypto.randomBytes(8).toString("hex")}.eml`;
      const out = fs.createWriteStream(path.join(dir, name), { mode: 0o600 });
      stream.pipe(out);
      out.on("finish", () => callback());
      out.on("error", (error) => callback(error));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port));
  });
  return { port, dir, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
