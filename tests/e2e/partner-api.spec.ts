// The partner API as a partner's developer and an admin use it: the demo token lists only
// published assets, a session cookie opens nothing, and an admin's token works until revoked.
import { expect, type APIRequestContext } from "@playwright/test";
import { confirmItsMe, expectAccessible, storageFor, test } from "./support";

const DEMO_TOKEN = "cvp_demo_partner_token";
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

test.use({ storageState: storageFor("admin") });

let api: APIRequestContext;
test.beforeEach(async ({ playwright, baseURL }) => {
  // No cookies: the API answers to tokens only.
  api = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
});
test.afterEach(() => api.dispose());

test("without a token the API answers 401 in JSON; with the demo token it lists only published assets", async () => {
  const anonymous = await api.get("/api/v1/assets");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await anonymous.json()).toEqual({ error: expect.any(String) });

  const listed = await api.get("/api/v1/assets", { headers: bearer(DEMO_TOKEN) });
  expect(listed.status()).toBe(200);
  const { assets } = (await listed.json()) as { assets: { id: string; status: string; campaignIds: string[] }[] };
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    expect(asset.status).toBe("PUBLISHED");
    expect(asset.campaignIds.length).toBeGreaterThan(0);
  }

  // Other journeys may have withdrawn a source's consent (403 with the reason): any listed asset that may leave will do.
  let reference: string | undefined;
  for (const asset of assets) {
    const download = await api.get(`/api/v1/assets/${asset.id}/download?format=txt`, { headers: bearer(DEMO_TOKEN) });
    expect([200, 403]).toContain(download.status());
    if (download.status() !== 200) continue;
    reference = download.headers()["x-countervoice-reference"];
    // the file speaks the organisation's language: Demo Partner's is Arabic
    expect(await download.text()).toContain(`أُعدّ لـ Demo Partner · المرجع ${reference}`);
    break;
  }
  expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const unknown = await api.get("/api/v1/assets/no-such-asset/download", { headers: bearer(DEMO_TOKEN) });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: "Not found." });
});

test("a signed-in admin's session does not open the API", async ({ page }) => {
  const response = await page.request.get("/api/v1/campaigns");
  expect(response.status()).toBe(401);
});

test("/api/v1/openapi.json is an OpenAPI document", async () => {
  const response = await api.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } };
  expect(doc.openapi).toMatch(/^3\./);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/campaigns", "/api/v1/assets", "/api/v1/assets/{assetId}/download"]));
  expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
});

test("an admin issues a token to Demo Partner, sees it once, and revokes it", async ({ page }) => {
  await page.goto("/admin/partners");
  await page.getByTestId("partner-Demo Partner").getByRole("link", { name: "API tokens of Demo Partner" }).click();
  await expect(page.getByRole("heading", { name: "API tokens of Demo Partner" })).toBeVisible();
  await expectAccessible(page);

  await confirmItsMe(page);
  await page.getByLabel("Token name").fill("E2E publishing");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy token" })).toBeVisible();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^cvp_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  const campaigns = await api.get("/api/v1/campaigns", { headers: bearer(token) });
  expect(campaigns.status()).toBe(200);
  expect(((await campaigns.json()) as { campaigns: unknown[] }).campaigns.length).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  const row = page.getByTestId("token-E2E publishing");
  await expect(row).toContainText(token.slice(0, 12));
  await expect(page.getByText(token)).toHaveCount(0);

  let confirmation = "";
  page.once("dialog", (dialog) => {
    confirmation = dialog.message();
    void dialog.accept();
  });
  await row.getByRole("button", { name: "Revoke E2E publishing" }).click();
  await expect(row.getByText(/^Revoked \w/)).toBeVisible();
  expect(confirmation).toContain("E2E publishing");

  const refused = await api.get("/api/v1/campaigns", { headers: bearer(token) });
  expect(refused.status()).toBe(401);
});
