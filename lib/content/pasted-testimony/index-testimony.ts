// The index of approved testimony that pasted text is looked up in: the shingles of every
// approved redacted text (TestimonyShingle). Written in the transaction that approves the
// text; removed with it when the redaction is reopened (the rows cascade from RedactedText).
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { SHINGLE_FORMAT, shinglesOf } from "./shingles";
import { openRedactedTexts, SEALED_TEXT_FIELDS } from "@/lib/redaction/sealed-redacted-text";

// Rows per insert: a long transcript has tens of thousands of shingles, and a statement
// carries at most 65,535 parameters (five per row).
const ROWS_PER_INSERT = 5_000;

/** Replaces the shingles of one approved redacted text. */
export async function indexRedactedText(tx: Db | Tx, redacted: { id: string; sourceId: string; text: string }): Promise<number> {
  await tx.testimonyShingle.deleteMany({ where: { redactedTextId: redacted.id } });
  const rows = shinglesOf(redacted.text).map((s) => ({ redactedTextId: redacted.id, sourceId: redacted.sourceId, hash: s.hash, start: s.start, end: s.end }));
  // Another transaction may be indexing the same text at first use: its rows are the same ones.
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await tx.testimonyShingle.createMany({ data: rows.slice(i, i + ROWS_PER_INSERT), skipDuplicates: true });
  await tx.redactedText.update({ where: { id: redacted.id }, data: { shingleFormat: SHINGLE_FORMAT } });
  return rows.length;
}

/**
 * Indexes every approved text not yet indexed under the current format: texts approved
 * before the index existed, or after its format changed. Cheap when there is none (one
 * query over the approved texts), so it runs before each lookup. Each text in a transaction
 * of its own, unless the caller is already in one.
 */
export async function indexStaleTestimony(client: Db | Tx): Promise<number> {
  let indexed = 0;
  for (;;) {
    const rows = await client.redactedText.findMany({ where: { shingleFormat: { lt: SHINGLE_FORMAT } }, select: { id: true, ...SEALED_TEXT_FIELDS }, take: 20 });
    const stale = await openRedactedTexts(client, rows);
    if (stale.length === 0) return indexed;
    for (const redacted of stale) {
      if ("$transaction" in client) await client.$transaction((tx) => indexRedactedText(tx, redacted));
      else await indexRedactedText(client, redacted);
    }
    indexed += stale.length;
  }
}
