import { describe, expect, it } from "vitest";
import { renderItemPdf, type PdfInput } from "../render-pdf";
import { itemZipEntries } from "../item-files";
import { budgetGuard, PdfBudgetExceeded, pdfSlotUse, withPdfSlot } from "./render-budget";

// Short paragraphs: well within the Markdown limits, yet many pages.
const manyLines = (count: number) => Array.from({ length: count }, (_, i) => `Line ${i + 1}: they promised salaries and delivered hunger.`).join("\n\n");
const longBody = manyLines(300);
const input: PdfInput = { title: "A long account", bodyMarkdown: longBody, language: "en", preparedFor: "Prepared for X · ref AAAA-AAAA", reference: "AAAA-AAAA", images: [], attribution: "Shared with consent." };

describe("PDF budget", { timeout: 60_000 }, () => {
  it("stops drawing once the page budget is spent", async () => {
    const refusal = await renderItemPdf(input, { budget: { maxPages: 3, seconds: 60 } }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PdfBudgetExceeded);
    expect(refusal).toMatchObject({ limit: "pages", value: 3, message: "The PDF would run past 3 pages." });
    // Within a budget large enough, the same body renders.
    expect((await renderItemPdf(input, { budget: { maxPages: 500, seconds: 60 } })).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("stops drawing once the time budget is spent", async () => {
    const check = budgetGuard({ maxPages: 50, seconds: 5, startedAt: Date.now() - 5_001 }, () => 1);
    await expect(check()).rejects.toMatchObject({ limit: "time", message: "The PDF took longer than 5 seconds to draw." });
    await expect(budgetGuard({ maxPages: 50, seconds: 5, startedAt: Date.now() }, () => 1)()).resolves.toBeUndefined();
  });

  it("leaves an overlong PDF out of a ZIP and says why in its manifest, keeping the other files", async () => {
    const item = { id: "i1", type: "ARTICLE" as const, title: "A long account", body: Array.from({ length: 3000 }, (_, i) => `x${i}`).join("\n\n"), language: "en", version: 1, attachments: [] };
    const { entries, manifest } = await itemZipEntries(item, { organisation: "Partner", locale: "en" }, "AAAA-AAAA", "01/");
    expect(entries.map((e) => e.name)).toEqual(["01/a-long-account.md", "01/a-long-account.txt"]);
    expect(manifest.notes).toEqual(["No PDF: The PDF would run past 50 pages. Use the Markdown or plain-text file."]);
  });
});

describe("PDF slots", () => {
  it("lets at most the configured number of renders run at once, the rest in order of arrival", async () => {
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const render = (n: number) => withPdfSlot(() => new Promise<number>((resolve) => { started.push(n); finish[n] = () => resolve(n); }), 2);
    const all = [render(0), render(1), render(2), render(3)];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    expect(pdfSlotUse()).toEqual({ busy: 2, waiting: 2 });
    finish[1]!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    finish[0]!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2, 3]);
    finish[2]!();
    finish[3]!();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3]);
    expect(pdfSlotUse()).toEqual({ busy: 0, waiting: 0 });
  });

  it("frees the slot when a render fails", async () => {
    await expect(withPdfSlot(() => Promise.reject(new Error("broken")), 1)).rejects.toThrow("broken");
    expect(pdfSlotUse()).toEqual({ busy: 0, waiting: 0 });
    expect(await withPdfSlot(async () => "next", 1)).toBe("next");
  });
});
