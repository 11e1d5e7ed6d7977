// The two-person redaction journey on the demo data, and what a partner can reach.
import { expect } from "@playwright/test";
import { DEMO_SOURCE_CODE, DEMO_SOURCE_DICTIONARY, DEMO_SOURCE_REAL_NAME } from "@/lib/demo/seed-demo-sources";
import { confirmItsMe, expectAccessible, storageFor, test } from "./support";

const forms = DEMO_SOURCE_DICTIONARY.flatMap((e) => [e.text, ...e.variants]).map((f) => f.toLowerCase());

test("editor redacts and submits, cannot approve; reviewer2 approves; nothing identifying leaves; partner reaches none of it", async ({ browser }) => {
  const editor = await (await browser.newContext({ storageState: storageFor("editor") })).newPage();
  await editor.goto("/sources");
  // Raw testimony and the workspace over it ask for a proof of identity at most 10 minutes old.
  await confirmItsMe(editor);
  await editor.getByRole("link", { name: DEMO_SOURCE_CODE, exact: true }).click();
  await editor.waitForURL(/\/sources\/[^/]+$/);
  const sourceUrl = new URL(editor.url()).pathname;
  await editor.getByRole("link", { name: "English" }).first().click();
  await editor.waitForURL(/\/testimony\/[^/]+$/);
  const testimonyUrl = new URL(editor.url()).pathname;
  await editor.getByRole("link", { name: "Redact" }).click();
  await expect(editor.getByTestId("redaction-state")).toHaveText("Draft");
  await expectAccessible(editor);

  // Keyboard: reject the first suggestion, move on, accept the second.
  await editor.locator("body").press("r");
  await expect(editor.getByTestId("span-editor")).toContainText("rejected");
  await editor.locator("body").press("n");
  await editor.locator("body").press("a");
  await expect(editor.getByTestId("span-editor")).toContainText("accepted");
  await expect(editor.getByRole("button", { name: "Submit for review" })).toBeDisabled();

  await editor.getByRole("button", { name: /^Accept all \d+ suggestions$/ }).click();
  // The rejected first span is the only thing left; re-accept it with the keyboard.
  await editor.locator("body").press("p");
  await editor.locator("body").press("a");
  await expect(editor.getByTestId("residual-risk")).toContainText("Every finding is covered.");
  for (const form of forms) expect((await editor.getByTestId("redacted-preview").textContent())!.toLowerCase()).not.toContain(form);

  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("button", { name: "Saved" })).toBeVisible();
  // Only the reviewer chosen here may open the raw testimony to judge it.
  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rosa Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByTestId("redaction-state")).toHaveText("In review");

  // The editor may not approve: the review page is not theirs.
  expect((await editor.goto(`${testimonyUrl}/review`))?.status()).toBe(403);

  const reviewer = await (await browser.newContext({ storageState: storageFor("reviewer2") })).newPage();
  await reviewer.goto("/reviews");
  await confirmItsMe(reviewer);
  await expectAccessible(reviewer);
  await reviewer.getByRole("link", { name: `Review ${DEMO_SOURCE_CODE}` }).click();
  // Let the client-side navigation finish (title included) before checking accessibility.
  await reviewer.waitForURL(/\/review$/);
  await expect(reviewer.getByRole("heading", { name: /Review redaction/ })).toBeVisible();
  await expect(reviewer).toHaveTitle(/Review redaction/);
  await expectAccessible(reviewer);
  await reviewer.getByRole("button", { name: "Approve redaction" }).click();
  // The page re-renders with the decision recorded.
  await expect(reviewer.getByTestId("redaction-state")).toHaveText("Approved");
  await expect(reviewer.getByRole("status").filter({ hasText: "Approved on" })).toBeVisible();
  const redacted = (await reviewer.getByTestId("redacted-text").textContent())!;
  expect(redacted).toMatch(/\[(PERSON|ALIAS) 1\]/);
  for (const form of forms) expect(redacted.toLowerCase()).not.toContain(form);

  const partner = await (await browser.newContext({ storageState: storageFor("partner") })).newPage();
  for (const path of ["/sources", sourceUrl, testimonyUrl, `${testimonyUrl}/redaction`, `${testimonyUrl}/review`, "/reviews"]) {
    const response = await partner.goto(path);
    expect([403, 404], path).toContain(response?.status());
    const body = (await partner.content()).toLowerCase();
    expect(body).not.toContain(DEMO_SOURCE_REAL_NAME.toLowerCase());
    expect(body).not.toContain(redacted.slice(0, 60).toLowerCase());
  }
});
