// The head of the audit chain: the last event's sequence, hash and time. Written to the
// log every hour and on demand, and exported as a small file, so that a copy kept outside
// the database can later show that the chain was rewritten or cut short.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { log } from "@/lib/log";

export const ChainHead = z.object({
  sequence: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex characters"),
  at: z.string().max(40),
});
export type ChainHead = z.infer<typeof ChainHead>;

/** The exported file: the head plus what it is and when it was taken. */
export const ExportedChainHead = ChainHead.extend({
  kind: z.literal("countervoice-audit-chain-head"),
  exportedAt: z.string().max(40),
});
export type ExportedChainHead = z.infer<typeof ExportedChainHead>;

export async function readChainHead(client: Db | Tx): Promise<ChainHead | null> {
  const head = await client.auditEvent.findFirst({ orderBy: { sequence: "desc" }, select: { sequence: true, hash: true, at: true } });
  return head && { sequence: head.sequence, hash: head.hash, at: head.at.toISOString() };
}

export function exportChainHead(head: ChainHead, now = new Date()): ExportedChainHead {
  return { kind: "countervoice-audit-chain-head", ...head, exportedAt: now.toISOString() };
}

/** Writes the current head to the log; returns it (null while the chain is empty). */
export async function logChainHead(client: Db | Tx, trigger: "hourly" | "on-demand" | "start"): Promise<ChainHead | null> {
  const head = await readChainHead(client);
  log("info", "audit.chain-head", head ? { trigger, sequence: head.sequence, hash: head.hash, at: head.at } : { trigger, sequence: 0 });
  return head;
}
