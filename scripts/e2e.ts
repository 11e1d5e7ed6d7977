// `npm run test:e2e`: Playwright journeys in Debian's Chromium against the real
// `npm start` launcher on a fresh embedded database in a temporary directory. The server
// runs at LOG_LEVEL=debug with its output in a file; afterwards that log, and every response
// header and error page the journeys saw, are scanned for the demo's seeded identifiers.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { reportFindings, scanE2eOutput } from "./support/scan-e2e-output";
import { dumpCaughtMail, dumpCaughtWebhooks } from "./support/dump-caught-mail";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-e2e-"));
// The generated master key is kept outside the data directory; this run's goes with it.
const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-e2e-keys-"));
const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), "countervoice-e2e-output-"));
const serverLog = path.join(outputDir, "server.log");
const responses = path.join(outputDir, "responses.txt");
const mail = path.join(outputDir, "mail.txt");
const webhooks = path.join(outputDir, "webhooks.txt");
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, E2E_DATA_DIR: dataDir, E2E_KEY_DIR: keyDir, CHROMIUM_PATH: CHROMIUM, E2E_SERVER_LOG: serverLog, E2E_RESPONSES_FILE: responses },
});

async function main() {
  // Every email the journeys caused, decoded (quoted-printable or base64 would hide a name from a plain scan).
  const mailCount = await dumpCaughtMail(path.join(dataDir, "mail-catcher"), mail);
  const webhookCount = dumpCaughtWebhooks(path.join(dataDir, "webhook-catcher"), webhooks);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(keyDir, { recursive: true, force: true });

  const findings = scanE2eOutput([
    { label: "server.log", file: serverLog, holds: "log" },
    { label: "responses.txt", file: responses, holds: "responses" },
    // an email carries no testimony at all, not even redacted
    { label: "mail.txt", file: mail, holds: "log" },
    // an asset event may carry a published item's title, which quotes approved, redacted testimony
    { label: "webhooks.txt", file: webhooks, holds: "responses" },
  ]);
  console.log(`Identifier scan covered ${mailCount} email(s) and ${webhookCount} webhook event(s) sent during the journeys.`);
  reportFindings(findings);
  if (result.status !== 0 && findings.length === 0 && fs.existsSync(serverLog)) {
    console.error("\nLast lines of the server's output:");
    console.error(fs.readFileSync(serverLog, "utf8").split("\n").slice(-40).join("\n"));
  }
  if (result.status === 0 && findings.length === 0) fs.rmSync(outputDir, { recursive: true, force: true });
  else console.error(`The server's output, the recorded responses and the caught mail are kept in ${outputDir}.`);
  process.exit(findings.length > 0 ? 1 : (result.status ?? 1));
}

void main();
