// `npm run test:e2e`: Playwright journeys in Debian's Chromium against the real
// `npm start` launcher on a fresh embedded database in a temporary directory.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-e2e-"));
// The generated master key is kept outside the data directory; this run's goes with it.
const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-e2e-keys-"));
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, E2E_DATA_DIR: dataDir, E2E_KEY_DIR: keyDir, CHROMIUM_PATH: CHROMIUM },
});
fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(keyDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
