// The quote picker's source: APPROVED redacted testimony only (RedactedText rows,
// written on approval). Raw transcripts are never read here.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage, type Page } from "@/lib/pagination";
import { openRedactedTexts, SEALED_TEXT_FIELDS } from "@/lib/redaction/sealed-redacted-text";
import { Prisma } from "@/lib/db/generated/client";
import { queryTokensBySource } from "@/lib/redaction/redacted-text-search";
import { testimonyMatches } from "@/lib/search/search-testimony";

export type Passage = { redactedTextId: string; sourceCode: string; language: string; start: number; end: number; text: string };

const PASSAGES_PER_PAGE = 10;
/** The newest approved texts read for their passages. */
const MATCHED_TEXTS = 200;

/** Paragraphs of the approved texts, with their offsets in the text they came from. */
export function passagesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed.length >= 20) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

export async function listApprovedPassages(actor: Actor, query: string, page: number): Promise<Page<Passage>> {
  assertCan(actor, "content:edit");
  const q = query.trim().slice(0, 200);
  // Whole words narrow the texts through their sealed word tokens; the passages are then matched as typed.
  const tokens = q ? await queryTokensBySource(db(), q) : null;
  const matching = tokens && tokens.words.length > 0 ? await db().$queryRaw<{ id: string }[]>(Prisma.sql`SELECT m."id" FROM (${testimonyMatches(tokens, undefined, undefined)}) m ORDER BY m."approvedAt" DESC, m."id" LIMIT ${MATCHED_TEXTS}`) : null;
  const rows = await db().redactedText.findMany({
    where: { redaction: { state: "APPROVED" }, ...(matching ? { id: { in: matching.map((m) => m.id) } } : {}) },
    orderBy: [{ approvedAt: "desc" }, { id: "asc" }],
    select: { id: true, language: true, ...SEALED_TEXT_FIELDS },
    take: MATCHED_TEXTS,
  });
  const texts = await openRedactedTexts(db(), rows);
  const codes = new Map((await db().source.findMany({ where: { id: { in: texts.map((t) => t.sourceId) } }, select: { id: true, code: true } })).map((s) => [s.id, s.code]));
  const needle = q.toLocaleLowerCase();
  const all = texts.flatMap((t) =>
    passagesOf(t.text)
      .map((p) => ({ redactedTextId: t.id, sourceCode: codes.get(t.sourceId) ?? "?", language: t.language, start: p.start, end: p.end, text: t.text.slice(p.start, p.end) }))
      .filter((p) => !needle || p.text.toLocaleLowerCase().includes(needle)),
  );
  const { skip, take } = pageWindow(page, PASSAGES_PER_PAGE);
  return toPage(all.slice(skip, skip + take), all.length, page, PASSAGES_PER_PAGE);
}
