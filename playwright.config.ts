import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR;
if (!dataDir || !process.env.E2E_SERVER_LOG) throw new Error("Run the end-to-end tests with `npm run test:e2e`, which prepares a fresh data directory.");

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  // Without the background-networking flags Chromium floods the closed network.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL: `http://localhost:${PORT}`, trace: "off", screenshot: "only-on-failure", launchOptions: chromium },
  projects: [
    { name: "setup", testMatch: /sign-in\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, dependencies: ["setup"] },
  ],
  webServer: {
    // The server's whole output goes to a file that scripts/e2e.ts scans for seeded identifiers
    // once the journeys end; it runs at LOG_LEVEL=debug so that every log line is written.
    command: `node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/start.ts >>"$E2E_SERVER_LOG" 2>&1`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The journeys reuse each demo role's stored session for the whole run, which can be
    // longer than the default 30-minute idle limit; session-idle.spec.ts ages its own session instead.
    // The webhook journeys' receiver listens on 127.0.0.1 over http (tests/support/webhook-receiver.ts).
    env: { DATA_DIR: dataDir, COUNTERVOICE_KEY_DIR: process.env.E2E_KEY_DIR ?? "", PORT: String(PORT), DATABASE_URL: "", LOG_LEVEL: "debug", SESSION_IDLE_MINUTES: "240", WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "1", PSEUDO_LOCALE: "1" },
  },
});
