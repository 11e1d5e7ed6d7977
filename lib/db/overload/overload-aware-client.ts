// A Prisma client whose overload failures say so (stamped with the busy digest, see
// overload-errors.ts) and whose interactive transactions, inside a request that opted in
// (request-signal.ts), are cancelled in PostgreSQL when that request's client goes away.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/client";
import { clientFor, type ConnectionConfig } from "../cli-connection";
import { cancellingOnAbort, type CancelBackend } from "./cancel-on-abort";
import { markOverload } from "./overload-errors";
import { currentRequestSignal } from "./request-signal";

type TransactionOptions = { maxWait: number; timeout: number };
type Transaction = (arg: unknown, options?: unknown) => Promise<unknown>;

/** pg_cancel_backend over a connection of its own, for the same role (which may cancel its own backends). */
export function backendCanceller(config: ConnectionConfig): CancelBackend {
  return async (pid) => {
    const client = clientFor({ ...config, statement_timeout: undefined });
    await client.connect();
    try {
      await client.query("SELECT pg_cancel_backend($1)", [pid]);
    } finally {
      await client.end();
    }
  };
}

/** `cancelBackend` null: nothing can be cancelled (the embedded database serves one connection). */
export function overloadAwareClient(pool: ConnectionConfig, transactions: TransactionOptions, cancelBackend: CancelBackend | null): PrismaClient {
  const base = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: transactions });
  const extended = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw markOverload(error);
        }
      },
    },
  });
  const original = extended.$transaction.bind(extended) as unknown as Transaction;
  const transaction: Transaction = (arg, options) => {
    const signal = typeof arg === "function" && cancelBackend ? currentRequestSignal() : undefined;
    const work = signal ? (tx: Parameters<typeof cancellingOnAbort>[0]) => cancellingOnAbort(tx, signal, cancelBackend!, arg as never) : arg;
    return original(work, options).catch((error: unknown) => {
      throw markOverload(error);
    });
  };
  // The extended client keeps PrismaClient's shape; only $transaction is wrapped on the way out.
  return new Proxy(extended, { get: (target, property) => (property === "$transaction" ? transaction : Reflect.get(target, property, target)) }) as unknown as PrismaClient;
}
