// Loads what the disclosure check reads of content items: the title, body and image texts
// (about every source the item quotes) and each quoted passage of redacted testimony
// (about its own source). The quasi-identifiers come from these, never from raw transcripts.
import { openRedactedTexts, SEALED_TEXT_FIELDS } from "@/lib/redaction/sealed-redacted-text";
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ScannedField } from "./find-quasi-identifiers";

export type ScannedItem = { id: string; title: string; state: string; version: number; sourceIds: string[]; fields: ScannedField[] };

const SELECT = {
  id: true,
  title: true,
  body: true,
  state: true,
  version: true,
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, altText: true, caption: true } },
  quotes: { orderBy: { createdAt: "asc" }, select: { id: true, sourceId: true, redactedTextId: true, start: true, end: true } },
} as const satisfies Prisma.ContentItemSelect;

export async function loadScannedItems(client: Db | Tx, where: Prisma.ContentItemWhereInput): Promise<ScannedItem[]> {
  const items = await client.contentItem.findMany({ where, orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: SELECT });
  const textIds = [...new Set(items.flatMap((i) => i.quotes.map((q) => q.redactedTextId)))];
  const rows = await client.redactedText.findMany({ where: { id: { in: textIds } }, select: { id: true, ...SEALED_TEXT_FIELDS } });
  const texts = new Map((await openRedactedTexts(client, rows)).map((t) => [t.id, t.text]));
  return items.map((item) => {
    const fields: ScannedField[] = [
      { field: "title", label: "Title", text: item.title, sourceIds: null },
      { field: "body", label: "Body", text: item.body, sourceIds: null },
    ];
    item.attachments.forEach((a, i) => {
      if (a.altText) fields.push({ field: `attachment:${a.id}:altText`, label: `Image ${i + 1} alt text`, text: a.altText, sourceIds: null });
      if (a.caption) fields.push({ field: `attachment:${a.id}:caption`, label: `Image ${i + 1} caption`, text: a.caption, sourceIds: null });
    });
    item.quotes.forEach((q, i) => {
      const text = texts.get(q.redactedTextId)?.slice(q.start, q.end);
      if (text) fields.push({ field: `quote:${q.id}`, label: `Quoted passage ${i + 1}`, text, sourceIds: [q.sourceId] });
    });
    return { id: item.id, title: item.title, state: item.state, version: item.version, sourceIds: [...new Set(item.quotes.map((q) => q.sourceId))], fields };
  });
}
