// An admin sets where an organisation's notices go: its notice addresses and its webhook
// endpoint (a receiver this test runs on 127.0.0.1, verifying as the OpenAPI document says),
// takes the secret shown once, sends a test event and sees it delivered, rotates the secret
// and removes the endpoint.
import { expect } from "@playwright/test";
import { startWebhookReceiver, signatureSchemeOf, type WebhookReceiver } from "../support/webhook-receiver";
import { confirmItsMe, expectAccessible, storageFor, test } from "./support";

test.use({ storageState: storageFor("admin") });

let receiver: WebhookReceiver | undefined;
test.afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

test("an admin registers a partner's webhook, sends a test event that the partner's receiver verifies, and sees it delivered", async ({ page }) => {
  const doc = await (await page.request.get("/api/v1/openapi.json")).json();
  receiver = await startWebhookReceiver({ secret: "unknown yet", scheme: signatureSchemeOf(doc) });

  // an organisation of its own: Demo Partner's endpoint is the demo's local receiver
  const org = `Webhook Partner ${Date.now()}`;
  await page.goto("/admin/partners");
  await page.getByLabel("Name", { exact: true }).fill(org);
  await page.getByRole("button", { name: "Add organisation" }).click();
  await page.getByRole("link", { name: `Notices and webhook of ${org}` }).click();
  await expect(page.getByRole("heading", { name: `Notices and webhook of ${org}` })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("textbox", { name: /Notice addresses/ }).fill("Safety@demo-partner.example\nnews@demo-partner.example");
  await page.getByRole("button", { name: "Save addresses" }).click();
  await expect(page.getByText("Saved 2 addresses.")).toBeVisible();

  await confirmItsMe(page);
  await page.getByLabel("Endpoint address (https)").fill("http://someone:secret@127.0.0.1:9/hook");
  await page.getByRole("button", { name: "Register endpoint" }).click();
  await expect(page.getByText(/must not contain a user name or password/)).toBeVisible();

  await page.getByLabel("Endpoint address (https)").fill(receiver.url);
  await page.getByRole("button", { name: "Register endpoint" }).click();
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  const secret = (await page.getByTestId("new-webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^cvwh_/);
  receiver.useSecret(secret);

  await page.reload();
  await expect(page.getByTestId("new-webhook-secret")).toHaveCount(0);
  await page.getByRole("button", { name: "Send a test event" }).click();
  await expect(page.getByText("Test event queued")).toBeVisible();
  await expect.poll(() => receiver!.accepted.length, { timeout: 30_000 }).toBe(1);
  expect(receiver.accepted[0]).toMatchObject({ type: "ping" });
  expect(receiver.refused).toEqual([]);
  await page.reload();
  const row = page.getByTestId(`delivery-${receiver.accepted[0]!.id}`);
  await expect(row.getByText("Delivered")).toBeVisible();
  await expect(row.getByText(/: 204,/)).toBeVisible();
  await expectAccessible(page);

  // a rotated secret: the old one no longer verifies, the new one does
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Rotate secret" }).click();
  const rotated = page.getByTestId("new-webhook-secret");
  await expect(rotated).toBeVisible();
  const newSecret = (await rotated.textContent())!.trim();
  expect(newSecret).not.toBe(secret);
  receiver.useSecret(newSecret);
  await page.getByRole("button", { name: "Send a test event" }).click();
  await expect.poll(() => receiver!.accepted.length, { timeout: 30_000 }).toBe(2);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove endpoint" }).click();
  // the endpoint's buttons leave with it; the form offers to register one again
  await expect(page.getByRole("button", { name: "Register endpoint" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send a test event" })).toHaveCount(0);
});
