// What one PDF may cost: at most so many pages and so many seconds, and at most so many
// PDFs render at once in one instance. pdfkit draws synchronously, so the render checks
// its budget between blocks, stops as soon as it is spent, and gives the event loop back
// every few milliseconds so other requests are answered while a long PDF is drawn.
import "server-only";
import { env } from "@/lib/env";

export class PdfBudgetExceeded extends Error {
  constructor(readonly limit: "pages" | "time", readonly value: number) {
    super(limit === "pages" ? `The PDF would run past ${value} pages.` : `The PDF took longer than ${value} seconds to draw.`);
    this.name = "PdfBudgetExceeded";
  }
}

export type PdfBudget = { maxPages: number; seconds: number; startedAt: number };

export function pdfBudgetFromEnv(startedAt = Date.now()): PdfBudget {
  return { maxPages: env().PDF_MAX_PAGES, seconds: env().PDF_RENDER_SECONDS, startedAt };
}

const YIELD_EVERY_MS = 20;

/** Checked between blocks: throws once the budget is spent; now and then lets other work run. */
export function budgetGuard(budget: PdfBudget, pages: () => number): () => Promise<void> {
  let lastYield = Date.now();
  return async () => {
    if (pages() > budget.maxPages) throw new PdfBudgetExceeded("pages", budget.maxPages);
    const now = Date.now();
    if (now - budget.startedAt > budget.seconds * 1000) throw new PdfBudgetExceeded("time", budget.seconds);
    if (now - lastYield >= YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  };
}

// A counting semaphore, one per process: a kit of 200 PDFs, or many kits at once, render
// at most PDF_RENDER_CONCURRENCY PDFs at a time; the rest wait their turn in order.
const state = globalThis as unknown as { countervoicePdfSlots?: { busy: number; waiting: (() => void)[] } };

export async function withPdfSlot<T>(render: () => Promise<T>, slots = env().PDF_RENDER_CONCURRENCY): Promise<T> {
  const s = (state.countervoicePdfSlots ??= { busy: 0, waiting: [] });
  if (s.busy >= slots) await new Promise<void>((resolve) => s.waiting.push(resolve));
  else s.busy++;
  try {
    return await render();
  } finally {
    // The slot passes straight to the next in line, or is freed.
    const next = s.waiting.shift();
    if (next) next();
    else s.busy--;
  }
}

/** For tests: how many renders hold a slot and how many wait. */
export function pdfSlotUse(): { busy: number; waiting: number } {
  const s = state.countervoicePdfSlots;
  return { busy: s?.busy ?? 0, waiting: s?.waiting.length ?? 0 };
}
