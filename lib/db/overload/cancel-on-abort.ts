// Cancels a transaction's running statement in PostgreSQL when the request's client goes
// away, instead of letting an abandoned PDF or export keep a connection busy for minutes.
// pg_cancel_backend is sent over a connection of its own: the pool may be the thing that is full.
import { log } from "@/lib/log";
import { RequestAbandoned } from "./overload-errors";

type PidReader = { $queryRaw<T>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> };
export type CancelBackend = (pid: number) => Promise<void>;

// A cancel reaches only the statement running at that moment; between two statements the
// transaction's JavaScript runs, so the cancel is repeated until the work stops.
const REPEAT_CANCEL_MS = 200;

export async function cancellingOnAbort<Tx extends PidReader, T>(tx: Tx, signal: AbortSignal, cancelBackend: CancelBackend, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (signal.aborted) throw new RequestAbandoned();
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const pid = row!.pid;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  const cancelOnce = () => {
    inFlight ??= cancelBackend(pid)
      .catch((error: unknown) => log("warn", "db.cancel-failed", { error: error instanceof Error ? error.name : "unknown" }))
      .finally(() => (inFlight = null));
  };
  const onAbort = () => {
    cancelOnce();
    timer = setInterval(cancelOnce, REPEAT_CANCEL_MS);
  };
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    const result = await work(tx);
    if (signal.aborted) throw new RequestAbandoned(); // roll back what an abandoned request wrote
    return result;
  } catch (error) {
    throw signal.aborted ? new RequestAbandoned() : error;
  } finally {
    signal.removeEventListener("abort", onAbort);
    clearInterval(timer);
    // The connection is still this transaction's until the callback returns: no cancel may
    // arrive after it goes back to the pool and serves someone else.
    await inFlight;
  }
}
