// Several instances behind one load balancer: two production servers of this build on one
// PostgreSQL database. A session made on one works on the other, an editor's submission on
// A is approved by a reviewer on B, a rate limit is one budget across both, and a job queued
// by a web-only instance (JOB_WORKERS=0) is run by the other.
import { expect, type Browser, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { DEMO_SOURCE_CODE } from "@/lib/demo/seed-demo-sources";
import { DEMO_PASSWORD, signIn, test } from "./support";
import { createSharedDatabase, queryShared, startInstance, type AppInstance, type SharedDatabase } from "./instances/app-instances";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const RATE_LIMIT = 4;
const PARTNER_TOKEN = "cvp_demo_partner_token";
const RESET_JOB = "auth.send-password-reset";

let database: SharedDatabase | undefined;
const instances: AppInstance[] = [];

test.describe.configure({ mode: "serial" });

// Creating, migrating and seeding the database takes most of the time (45 s on a quiet
// two-core machine, minutes on a loaded one): it gets its own time budget.
test.beforeAll(async () => {
  test.setTimeout(900_000);
  database = await createSharedDatabase();
});

test.afterAll(async () => {
  for (const instance of instances) await instance.stop();
  await database?.drop();
});

async function signedInOn(browser: Browser, instance: AppInstance, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: instance.url, storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(page, email);
  return page;
}

/** A staff page signed in with password and a second factor, and the recovery codes left to confirm with. */
type StaffPage = { page: Page; recoveryCodes: string[] };

async function passwordAndRecoveryCode(page: Page, email: string, code: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/**
 * On PostgreSQL, demo or not, staff set up a second factor before anything else opens: enrol
 * (otplib stands in for the app), then sign in again with a recovery code, since the app's
 * current code was spent on enrolment.
 */
async function staffWithSecondFactor(browser: Browser, instance: AppInstance, email: string): Promise<StaffPage> {
  const page = await signedInOn(browser, instance, email);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  await page.getByLabel("Code from your app").fill(generateSync({ secret }));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const listed = page.getByTestId("recovery-codes").locator("li");
  await expect(listed).toHaveCount(10);
  const recoveryCodes = (await listed.allTextContents()).map((c) => c.trim());
  await page.getByRole("button", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await passwordAndRecoveryCode(page, email, recoveryCodes.shift()!);
  return { page, recoveryCodes };
}

/** Re-authenticates (raw testimony asks for a proof at most 10 minutes old) and comes back. */
async function confirmItsMe({ page, recoveryCodes }: StaffPage) {
  const here = new URL(page.url());
  const back = here.pathname + here.search;
  await page.goto(`/account/reauth?next=${encodeURIComponent(back)}`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByLabel(/^Code from your authenticator app/).fill(recoveryCodes.shift()!);
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.waitForURL((url) => url.pathname + url.search === back);
}

const resetLinks = async (url: string, email: string) =>
  (await queryShared<{ n: number }>(url, `SELECT count(*)::int AS n FROM "AccessLink" WHERE purpose = 'PASSWORD_RESET' AND email = $1`, [email]))[0]!.n;
const resetJobStates = async (url: string) => (await queryShared<{ state: string }>(url, `SELECT state::text FROM pgboss.job WHERE name = $1`, [RESET_JOB])).map((r) => r.state);

test("two instances on one database share sessions, reviews, rate limits and the job queue", async ({ browser, playwright }) => {
  test.setTimeout(300_000);
  const shared = database!.url;

  // A web-only instance: it answers requests and queues jobs, and runs none.
  const a = await startInstance(shared, BASE_PORT + 1, { JOB_WORKERS: "0", PARTNER_API_RATE_LIMIT: String(RATE_LIMIT) });
  instances.push(a);

  await test.step("a job queued on the web-only instance waits for an instance with workers", async () => {
    const page = await (await browser.newContext({ baseURL: a.url })).newPage();
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill("editor2@demo.test");
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "If an account exists for that address" })).toBeVisible();
    await expect.poll(() => resetJobStates(shared)).toEqual(["created"]);
    // A's would-be workers poll every second: three seconds untaken means it runs none.
    await page.waitForTimeout(3_000);
    expect(await resetJobStates(shared)).toEqual(["created"]);
    expect(await resetLinks(shared, "editor2@demo.test")).toBe(0);
  });

  const b = await startInstance(shared, BASE_PORT + 2, { PARTNER_API_RATE_LIMIT: String(RATE_LIMIT) });
  instances.push(b);

  await test.step("the other instance runs it", async () => {
    await expect.poll(() => resetLinks(shared, "editor2@demo.test"), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => resetJobStates(shared)).toEqual(["completed"]);
  });

  await test.step("a session made on A works on B", async () => {
    const editor = await signedInOn(browser, a, "editor@demo.test");
    await editor.goto(`${b.url}/sources`);
    // B knows the session: no way back to sign-in. (On PostgreSQL, staff without a second
    // factor are sent to enrol one first: /account/two-factor, itself behind the session.)
    await expect(editor).not.toHaveURL(/\/signin/);
    expect(new URL(editor.url()).origin).toBe(b.url);
  });

  await test.step("an editor submits on A, a reviewer approves on B", async () => {
    const staffEditor = await staffWithSecondFactor(browser, a, "editor@demo.test");
    const editor = staffEditor.page;
    await editor.goto("/sources");
    await confirmItsMe(staffEditor);
    await editor.getByRole("link", { name: DEMO_SOURCE_CODE, exact: true }).click();
    await editor.waitForURL(/\/sources\/[^/]+$/);
    await editor.getByRole("link", { name: "Arabic" }).first().click();
    await editor.waitForURL(/\/testimony\/[^/]+$/);
    await editor.getByRole("link", { name: "Redact" }).click();
    await expect(editor.getByTestId("redaction-state")).toHaveText("Draft");
    await editor.getByRole("button", { name: /^Accept all \d+ suggestions$/ }).click();
    await editor.getByRole("button", { name: "Save" }).click();
    await expect(editor.getByRole("button", { name: "Saved" })).toBeVisible();
    await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rosa Reviewer" });
    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByTestId("redaction-state")).toHaveText("In review");
    expect(new URL(editor.url()).origin).toBe(a.url);

    const staffReviewer = await staffWithSecondFactor(browser, b, "reviewer2@demo.test");
    const reviewer = staffReviewer.page;
    await reviewer.goto("/reviews");
    await confirmItsMe(staffReviewer);
    await reviewer.getByRole("link", { name: `Review ${DEMO_SOURCE_CODE}` }).first().click();
    await reviewer.getByRole("button", { name: "Approve redaction" }).click();
    await expect(reviewer.getByTestId("redaction-state")).toHaveText("Approved");
    expect(new URL(reviewer.url()).origin).toBe(b.url);
  });

  await test.step("requests split across A and B spend one rate-limit budget", async () => {
    const api = await playwright.request.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${PARTNER_TOKEN}` } });
    // The budget is per fixed minute: start at the beginning of one, so the burst stays inside it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 250));
    for (let i = 0; i < RATE_LIMIT; i++) {
      const target = i % 2 === 0 ? a : b;
      expect((await api.get(`${target.url}/api/v1/campaigns`)).status()).toBe(200);
    }
    for (const target of [a, b]) {
      const refused = await api.get(`${target.url}/api/v1/campaigns`);
      expect(refused.status()).toBe(429);
      expect(refused.headers()["retry-after"]).toMatch(/^\d+$/);
    }
    await api.dispose();
  });
});
