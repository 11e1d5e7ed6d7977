// The abort signal of the request being served, for code deep below the route handler:
// a route that opts in (`whileClientWaits`) has every interactive transaction it starts
// cancelled in PostgreSQL when its client goes away (lib/db/overload/cancel-on-abort.ts).
import { AsyncLocalStorage } from "node:async_hooks";

const store = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` with `signal` as the request's; an already aborted request runs nothing. */
export async function whileClientWaits<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return store.run(signal, work);
}

export function currentRequestSignal(): AbortSignal | undefined {
  return store.getStore();
}
