// The audit viewer: an admin narrows the trail down, downloads it as CSV, checks the hash
// chain and keeps its head; nobody else opens any of it.
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { expectAccessible, filterAuditLog, storageFor, test } from "./support";

test.describe("admin", () => {
  test.use({ storageState: storageFor("admin") });

  test("filters the audit log, downloads the filtered events as CSV, and the export is audited", async ({ page }) => {
    const today = new Date().toISOString().slice(0, 10);
    await page.goto("/admin/audit");
    await expectAccessible(page);
    await filterAuditLog(page, { actor: "editor@demo", action: "auth.sign-in", from: "2020-01-01", to: today });
    expect(page.url()).not.toContain("editor");
    await expect(page.getByLabel("Who (email contains)")).toHaveValue("editor@demo");

    const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      await expect(row.getByRole("cell").nth(2)).toHaveText("editor@demo.test");
      await expect(row.getByRole("cell").nth(3)).toContainText("auth.sign-in");
    }
    const shown = await rows.count();
    await expectAccessible(page);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download these events as CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^countervoice-audit-\d{8}-\d{4}\.csv$/);
    const lines = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("sequence,time_utc,actor_email,actor_id,action,target_type,target_id,request_id,details,hash");
    expect(lines.slice(1)).toHaveLength(shown);
    for (const line of lines.slice(1)) expect(line).toMatch(/,editor@demo\.test,[a-z0-9]+,auth\.sign-in/);

    await filterAuditLog(page, { action: "audit.exported" });
    await expect(page.getByRole("cell", { name: /audit\.exported/ }).first()).toContainText('"actor":"editor@demo"');
  });

  test("says when nothing matches, and refuses a filter it cannot read", async ({ page }) => {
    await filterAuditLog(page, { action: "no.such-action" });
    await expect(page.getByText("No events match these filters.")).toBeVisible();
    await page.goto("/admin/audit");
    await page.getByLabel("Source code").fill("robert");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Please correct the highlighted fields");
    await expect(page.getByText("must be a source code such as S-0002")).toBeVisible();
    expect(page.url()).not.toContain("robert");
  });

  test("verifies the hash chain and downloads its head", async ({ page }) => {
    await page.goto("/admin/audit");
    await page.getByRole("button", { name: "Verify the chain now" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("The audit chain is intact");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the chain head" }).click();
    const head = JSON.parse(readFileSync((await (await downloading).path())!, "utf8"));
    expect(head).toMatchObject({ kind: "countervoice-audit-chain-head", sequence: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    await filterAuditLog(page, { action: "audit." });
    await expect(page.getByRole("cell", { name: /audit\.chain-verified/ }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: /audit\.head-exported/ }).first()).toBeVisible();
  });
});

for (const role of ["editor", "reviewer", "partner"] as const) {
  test.describe(role, () => {
    test.use({ storageState: storageFor(role) });
    test(`a ${role} is refused the audit log, its CSV export and the chain head`, async ({ page }) => {
      expect([403, 404]).toContain((await page.goto("/admin/audit"))?.status());
      for (const path of ["/admin/audit/export", "/admin/audit/export?h=AAAAAAAAAAAAAAAAAAAAAA", "/admin/audit/head"]) {
        const response = await page.request.get(path);
        expect(response.status(), path).toBe(404);
        expect(await response.text()).not.toContain("sequence");
      }
    });
  });
}
