// Every response carries the security headers: pages a nonce-based CSP (a fresh nonce each
// time, on every script Next.js renders), file downloads and the API a CSP that allows
// nothing; HSTS only over https. State-changing requests from another origin are refused.
import { test as baseTest, expect, type APIResponse } from "@playwright/test";
import { collectCspViolations, storageFor, test } from "./support";

function expectFixedHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

const scriptSources = (csp: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";

test.describe("as an admin", () => {
  test.use({ storageState: storageFor("admin") });

  test("a page has a nonce-based CSP with a fresh nonce, carried by every script it renders", async ({ page }) => {
    const first = await page.request.get("/dashboard");
    const second = await page.request.get("/dashboard");
    expect(first.status()).toBe(200);
    expectFixedHeaders(first);
    const csp = first.headers()["content-security-policy"] ?? "";
    const script = scriptSources(csp);
    const nonce = /'nonce-([^']+)'/.exec(script)?.[1];
    expect(nonce).toBeTruthy();
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("a route handler's download carries the same headers", async ({ page }) => {
    const response = await page.request.get("/admin/audit/head");
    expect(response.status()).toBe(200);
    expectFixedHeaders(response);
  });

  test("HSTS is sent when the app is reached over https through its proxy", async ({ page }) => {
    const response = await page.request.get("/dashboard", { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });
});

test("the sign-in page, which needs no session, is rendered per request with the nonce too", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await anonymous.get("/signin");
  expectFixedHeaders(response);
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  await anonymous.dispose();
});

test("the partner API answers with a CSP that allows nothing", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const response = await api.get("/api/v1/campaigns", { headers: { Authorization: "Bearer cvp_demo_partner_token" } });
  expect(response.status()).toBe(200);
  expectFixedHeaders(response);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  await api.dispose();
});

test("a sign-in posted from another origin, or with no origin, is refused; from this one it is heard", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const csrf = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  // An unknown account: the accepted request fails sign-in without touching a demo account.
  const form = { csrfToken: csrf.csrfToken, email: "nobody@demo.test", password: "not-a-password", json: "true" };

  const foreign = await api.post("/api/auth/callback/credentials", { form, headers: { Origin: "https://attacker.example" }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  expectFixedHeaders(foreign);
  const missing = await api.post("/api/auth/callback/credentials", { form, maxRedirects: 0 });
  expect(missing.status()).toBe(403);

  const own = await api.post("/api/auth/callback/credentials", { form, headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(own.status()).not.toBe(403);
  await api.dispose();
});

test.describe("as an editor", () => {
  test.use({ storageState: storageFor("editor") });

  test("a server action posted from another origin is refused before it runs", async ({ page }) => {
    const response = await page.request.post("/search", { headers: { Origin: "https://attacker.example", "Next-Action": "0".repeat(42) }, form: { q: "x" } });
    expect(response.status()).toBe(403);
  });

  test("a server action larger than its page's forms need is refused before it is read", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const big = "x".repeat(2 * 1024 * 1024);
    const response = await page.request.post("/search", { headers: { Origin: origin, "Next-Action": "0".repeat(42) }, form: { q: big } });
    expect(response.status()).toBe(413);
    expect(await response.text()).toBe("This form sends at most 1 MB.");
  });
});

// Without the journeys' fixture, so that the violation it reports can be looked at here. The
// markup is what an injection into a page would add: an inline event handler.
baseTest("an inline event handler injected into a page is refused, and the journeys' listener reports it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageFor("editor") });
  const violations: string[] = [];
  collectCspViolations(context, violations);
  const page = await context.newPage();
  await page.goto("/dashboard");
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:,broken" onerror="document.body.dataset.injected = 'ran'">`));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join("\n")).toContain("script-src");
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  await context.close();
});
