// A partner about to post the demo's Arabic social post: the item page says how long it is on
// each platform, mark included, and the file it downloads carries one short mark, not one
// every five words.
import { readFile } from "node:fs/promises";
import { expect } from "@playwright/test";
import { DEMO_STABLE_PUBLISHED_TITLE_AR } from "@/lib/demo/demo-content";
import { expectAccessible, storageFor, test } from "./support";

const MARK_CHARACTERS = /[\u2063\u200B\u2060-\u2062]/g;

test("a partner sees a social post's length on each platform, and downloads it with one short mark", async ({ browser }) => {
  const partner = await (await browser.newContext({ storageState: storageFor("partner"), acceptDownloads: true })).newPage();
  await partner.goto("/portal");
  await partner.getByRole("link", { name: DEMO_STABLE_PUBLISHED_TITLE_AR }).first().click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(DEMO_STABLE_PUBLISHED_TITLE_AR);

  const table = partner.getByRole("table", { name: "Length of this post on each platform, with its limit" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("rowheader")).toHaveText(["X (Twitter)", "Bluesky", "Threads", "Instagram (caption)", "LinkedIn", "Telegram", "Facebook"]);
  await expect(partner.getByTestId("post-length-x")).toContainText(/\d+ of 280\s*Fits/);
  // the demo post fits everywhere: no warning
  await expect(partner.getByTestId("post-too-long")).toHaveCount(0);
  await expectAccessible(partner);

  // The plain-text file: one frame of 25 invisible characters, and its body is as long as the page says (Threads counts UTF-16 units).
  const [download] = await Promise.all([partner.waitForEvent("download"), partner.getByRole("link", { name: "Plain text", exact: true }).click()]);
  const text = await readFile((await download.path())!, "utf8");
  expect(text.match(MARK_CHARACTERS)).toHaveLength(25);
  const posted = text.split("\n\n").slice(1, -2).join("\n\n");
  await expect(partner.getByTestId("post-length-threads")).toContainText(`${posted.length} of 500`);

  // Readable on a phone: nothing wider than the screen.
  await partner.setViewportSize({ width: 375, height: 740 });
  expect(await partner.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  // and the table needs no scrolling of its own
  await table.scrollIntoViewIfNeeded();
  expect(await table.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
});
