// The embedded demo's webhook receiver: a loopback HTTP endpoint registered for the demo
// partner organisation, keeping each signed event it receives as a JSON file (headers and
// body), so a newcomer sees deliveries succeed and what a partner's system would get.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export type WebhookCatcher = { url: string; dir: string; stop(): Promise<void> };

const MAX_BODY = 256 * 1024;

export async function startWebhookCatcher(dataDir: string): Promise<WebhookCatcher> {
  const dir = path.join(dataDir, "webhook-catcher");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const server = http.createServer((req, res) => {
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY) {
        res.writeHead(413).end();
        return;
      }
      const name = `${Date.now()}-${crypto.randomBytes(8).toString("hex")}.json`;
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([key]) => key.startsWith("countervoice-") || key === "content-type"));
      fs.writeFileSync(path.join(dir, name), JSON.stringify({ headers, body: Buffer.concat(chunks).toString("utf8") }), { mode: 0o600 });
      res.writeHead(204).end();
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
  });
  return { url: `http://127.0.0.1:${port}/countervoice-events`, dir, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
