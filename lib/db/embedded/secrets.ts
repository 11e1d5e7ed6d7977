// Embedded mode generates its session secret and master key once and keeps them
// under the data directory (mode 0600), so the demo needs no configuration.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { z } from "zod";

const EmbeddedSecrets = z.object({
  nextauthSecret: z.string().min(32),
  masterKey: z.string().refine((v) => Buffer.from(v, "base64").length === 32),
});
export type EmbeddedSecrets = z.infer<typeof EmbeddedSecrets>;

export function ensureEmbeddedSecrets(dataDir: string): EmbeddedSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) {
    const parsed = EmbeddedSecrets.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file} is damaged; restore it from a backup (without it the data cannot be decrypted).`);
    return parsed.data;
  }
  const secrets: EmbeddedSecrets = {
    nextauthSecret: randomBytes(32).toString("base64"),
    masterKey: randomBytes(32).toString("base64"),
  };
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  return secrets;
}
