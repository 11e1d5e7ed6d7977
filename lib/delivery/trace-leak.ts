// "Where did this come from?": finds the download a leaked text or file came from.
// Evidence, strongest first: the invisible mark (checksum-verified), the visible
// "ref ABCD-1234" line, a PDF's CountervoiceRef metadata, and, when every mark has been
// stripped, the text itself matched against delivered items (then only the item, and
// every organisation that downloaded it, can be named). The pasted text is never stored.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { ATTRIBUTIONS } from "./attribution";
import { extractMarks, extractVisibleReferences, stripMarks } from "./fingerprint";
import { phraseOverlap, searchWords } from "./text-overlap";
import { textSearchQuery } from "@/lib/search/text-search";
import { m } from "@/lib/i18n/translate";

export type Evidence = "invisible-mark" | "visible-line" | "pdf-metadata" | "text-match";
// Marks are not signed: whoever holds a marked copy can move its marks onto other text,
// and anyone can type a visible reference line. So a mark is strong evidence only when the
// wording also matches the item the download carried, and never proof on its own.
export type Confidence = "high" | "medium" | "low";

const CONFIDENCE_WHEN_WORDING_MATCHES: Record<Evidence, Confidence> = { "invisible-mark": "high", "visible-line": "medium", "pdf-metadata": "medium", "text-match": "low" };
const MIN_WORDS_TO_COMPARE = 6;
const CANDIDATE_ITEMS = 5;
const ORGANISATIONS_PER_ITEM = 100;
const MIN_OVERLAP = 0.5;

export type TraceInput = { text: string; file: { name: string; bytes: Buffer } | null };

const downloadSelect = {
  id: true,
  reference: true,
  format: true,
  channel: true,
  itemVersion: true,
  createdAt: true,
  partnerOrg: { select: { name: true } },
  item: { select: { id: true, title: true, body: true } },
  userId: true,
  apiTokenId: true,
} as const;

async function describe(downloads: Prisma.DownloadGetPayload<{ select: typeof downloadSelect }>[]) {
  const [users, tokens] = await Promise.all([
    db().user.findMany({ where: { id: { in: downloads.flatMap((d) => (d.userId ? [d.userId] : [])) } }, select: { id: true, name: true, email: true } }),
    db().partnerApiToken.findMany({ where: { id: { in: downloads.flatMap((d) => (d.apiTokenId ? [d.apiTokenId] : [])) } }, select: { id: true, name: true } }),
  ]);
  const userOf = new Map(users.map((u) => [u.id, u]));
  const tokenOf = new Map(tokens.map((t) => [t.id, t.name]));
  return downloads.map((d) => ({
    reference: d.reference,
    organisation: d.partnerOrg.name,
    user: d.userId ? (userOf.get(d.userId) ?? null) : null,
    token: d.apiTokenId ? (tokenOf.get(d.apiTokenId) ?? "revoked token") : null,
    channel: d.channel,
    format: d.format,
    itemId: d.item.id,
    itemTitle: d.item.title,
    itemVersion: d.itemVersion,
    createdAt: d.createdAt,
  }));
}

export type TraceFinding = { evidence: Evidence; confidence: Confidence; explanation: string; downloads: Awaited<ReturnType<typeof describe>> };

const isPdf = (file: TraceInput["file"]) => file !== null && file.bytes.subarray(0, 5).toString("latin1") === "%PDF-";

/** The pasted text plus an uploaded text file; a PDF's text is glyph-encoded and is read for its metadata only. */
function textOf(input: TraceInput): string {
  return input.file && !isPdf(input.file) ? `${input.text}\n${input.file.bytes.toString("utf8")}` : input.text;
}

function referencesIn(input: TraceInput): { evidence: Evidence; references: string[] }[] {
  const found: { evidence: Evidence; references: string[] }[] = [];
  const text = textOf(input);
  if (input.file && isPdf(input.file)) {
    const references = [...input.file.bytes.toString("latin1").matchAll(/\/CountervoiceRef \(([0-9A-Z]{4}-[0-9A-Z]{4})\)/g)].map((m) => m[1]!);
    found.push({ evidence: "pdf-metadata", references: [...new Set(references)] });
  }
  found.push({ evidence: "invisible-mark", references: extractMarks(text) });
  found.push({ evidence: "visible-line", references: extractVisibleReferences(stripMarks(text)) });
  return found.filter((f) => f.references.length > 0);
}

async function byReference(input: TraceInput): Promise<TraceFinding[]> {
  const findings: TraceFinding[] = [];
  const seen = new Set<string>();
  for (const { evidence, references } of referencesIn(input)) {
    const fresh = references.filter((r) => !seen.has(r));
    fresh.forEach((r) => seen.add(r));
    const downloads = fresh.length ? await db().download.findMany({ where: { reference: { in: fresh } }, select: downloadSelect }) : [];
    for (const download of downloads) {
      const wording = evidence === "pdf-metadata" ? null : wordingMatches(textOf(input), download.item);
      const confidence = wording === false ? "low" : CONFIDENCE_WHEN_WORDING_MATCHES[evidence];
      const caveat = wording === false ? ` ${m("admin.trace.explain.wordingDiffers")}` : "";
      findings.push({ evidence, confidence, explanation: explain(evidence) + caveat, downloads: await describe([download]) });
    }
  }
  return findings;
}

/** Whether pasted text reads like the item; null when there is too little text to tell (a file upload). */
function wordingMatches(text: string, item: { title: string; body: string }): boolean | null {
  // the visible line, in whichever language the organisation received it (messages/*/delivery.json)
  const plain = stripMarks(text).replace(/(?:Prepared for|Préparé pour|أُعدّ لـ) .*? · (?:ref|réf\.|المرجع) [0-9A-Z]{4}-[0-9A-Z]{4}/gi, "");
  if ((plain.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS_TO_COMPARE) return null;
  // Every delivered file ends with the attribution, so it counts as the item's wording.
  return phraseOverlap(plain, `${item.title}\n${item.body}\n${ATTRIBUTIONS.join("\n")}`) >= MIN_OVERLAP;
}

/** In the admin's language (the request's): the finding is read on the trace page only. */
function explain(evidence: Evidence): string {
  return m(`admin.trace.explain.${evidence}`);
}

async function byText(text: string): Promise<TraceFinding[]> {
  const plain = stripMarks(text);
  const words = searchWords(plain);
  // Matched in every language's configuration against the items' precomputed vector (lib/search/text-search.ts).
  const query = words ? await textSearchQuery(db(), words, { operators: true }) : null;
  if (!query) return [];
  const items = await db().$queryRaw<{ id: string; title: string; body: string }[]>`
    SELECT c."id", c."title", c."body" FROM "ContentItem" c
    WHERE c."searchVector" @@ ${query}::tsquery
      AND EXISTS (SELECT 1 FROM "Download" d WHERE d."itemId" = c."id")
    ORDER BY ts_rank(c."searchVector", ${query}::tsquery) DESC
    LIMIT ${CANDIDATE_ITEMS}`;
  const findings: TraceFinding[] = [];
  for (const item of items) {
    const overlap = phraseOverlap(plain, `${item.title}\n${item.body}`);
    if (overlap < MIN_OVERLAP) continue;
    // The latest download of each organisation: the candidates are organisations, not copies.
    const downloads = await db().download.findMany({ where: { itemId: item.id }, distinct: ["partnerOrgId"], orderBy: [{ partnerOrgId: "asc" }, { createdAt: "desc" }], take: ORGANISATIONS_PER_ITEM, select: downloadSelect });
    findings.push({ evidence: "text-match", confidence: "low", explanation: `${explain("text-match")} ${m("admin.trace.explain.overlap", { percent: Math.round(overlap * 100) })}`, downloads: await describe(downloads) });
  }
  return findings;
}

export async function traceLeak(admin: Actor, input: TraceInput, requestId: string): Promise<TraceFinding[]> {
  assertCan(admin, "leaks:trace");
  let findings = await byReference(input);
  if (findings.length === 0) findings = await byText(textOf(input));
  await recordAuditEvent(db(), {
    actor: admin,
    action: "leak.traced",
    requestId,
    details: { evidence: findings.map((f) => f.evidence), references: findings.flatMap((f) => f.downloads.map((d) => d.reference)).slice(0, 50), file: input.file ? "uploaded" : "none" },
  });
  return findings;
}
