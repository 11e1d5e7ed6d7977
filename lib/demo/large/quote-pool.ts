// Passages of the seed's approved testimony that items quote: opened with the source's key
// (as the quote picker does), the first sentence of the first paragraph, which speaks no
// identifier (fictional-testimony.ts puts them in later lines).
import { db } from "@/lib/db/client";
import { openRedactedTexts, SEALED_TEXT_FIELDS } from "@/lib/redaction/sealed-redacted-text";
import { seedSourcesWhere } from "./seed-sources";

export type Passage = { redactedTextId: string; sourceId: string; language: string; text: string; start: number; end: number };

export async function loadQuotePool(size: number): Promise<Passage[]> {
  const rows = await db().redactedText.findMany({
    where: { sourceId: { in: (await db().source.findMany({ where: seedSourcesWhere, select: { id: true } })).map((s) => s.id) } },
    orderBy: { approvedAt: "asc" },
    take: size,
    select: { id: true, language: true, ...SEALED_TEXT_FIELDS },
  });
  return (await openRedactedTexts(db(), rows)).flatMap((row) => {
    const end = row.text.search(/[.!?؟](\s|$)/u);
    if (end < 10) return [];
    return [{ redactedTextId: row.id, sourceId: row.sourceId, language: row.language, text: row.text.slice(0, end + 1), start: 0, end: end + 1 }];
  });
}
