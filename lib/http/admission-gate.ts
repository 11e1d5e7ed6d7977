// Admission control for the heaviest requests (PDFs, kits, exports): at most
// HEAVY_REQUESTS_AT_ONCE run at once in this instance, the next ones wait in order for up to
// HEAVY_REQUEST_WAIT_MS, and after that are turned away as busy (503) rather than piling up
// on the database pool, where they would slow every other page down too.
import "server-only";
import { env } from "@/lib/env";
import { RequestAbandoned, ServerBusy } from "@/lib/db/overload/overload-errors";

type Waiter = { admit: () => void; timer: NodeJS.Timeout };
type Gate = { running: number; waiting: Waiter[] };

const state = globalThis as unknown as { countervoiceGates?: Map<string, Gate> };

function gateNamed(name: string): Gate {
  state.countervoiceGates ??= new Map();
  let gate = state.countervoiceGates.get(name);
  if (!gate) state.countervoiceGates.set(name, (gate = { running: 0, waiting: [] }));
  return gate;
}

function waitForTurn(gate: Gate, waitMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const leave = (error: Error) => {
      gate.waiting = gate.waiting.filter((w) => w !== waiter);
      clearTimeout(waiter.timer);
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    };
    const waiter: Waiter = {
      admit: () => {
        clearTimeout(waiter.timer);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      timer: setTimeout(() => leave(new ServerBusy("admission-wait")), waitMs),
    };
    const onAbort = () => leave(new RequestAbandoned());
    signal?.addEventListener("abort", onAbort, { once: true });
    gate.waiting.push(waiter);
  });
}

/** Waits for a place behind `name` (or throws ServerBusy); call the returned function to give it back, once. */
export async function enterGate(name: string, options: { signal?: AbortSignal; atOnce?: number; waitMs?: number } = {}): Promise<() => void> {
  const atOnce = options.atOnce ?? env().HEAVY_REQUESTS_AT_ONCE;
  const gate = gateNamed(name);
  if (gate.running < atOnce) gate.running++;
  else await waitForTurn(gate, options.waitMs ?? env().HEAVY_REQUEST_WAIT_MS, options.signal);
  let left = false;
  return () => {
    if (left) return;
    left = true;
    // the place passes straight to the next in line, or is freed
    const next = gate.waiting.shift();
    if (next) next.admit();
    else gate.running--;
  };
}

/** For tests: how many run and how many wait behind `name`. */
export function gateUse(name: string): { running: number; waiting: number } {
  const gate = state.countervoiceGates?.get(name);
  return { running: gate?.running ?? 0, waiting: gate?.waiting.length ?? 0 };
}
