// TAB's metrics computed in-process, with the rules of /work/shared/tab/score-tab.mjs (itself
// a port of TAB's evaluation.py): an entity counts as masked only when every DIRECT/QUASI
// mention of it is covered, ignoring punctuation, titles and function words; precision is
// the share of predicted non-space characters inside some DIRECT/QUASI mention.
import type { TabDocument } from "./tab-data";

type Range = { start: number; end: number; rule?: string };
type Pair = [number, number];

const CHARACTERS_TO_IGNORE = new Set(" ,.-;:/&()[]–'\" ’“”");
const TOKENS_TO_IGNORE = new Set(["mr", "mrs", "ms", "no", "nr", "about"]);
/** The scorer's stand-in for spaCy's ADP/PART/CCONJ/DET tags. */
const FUNCTION_WORDS = new Set((
  "a an the this that these those each every any some no another either neither all both half such what which whose " +
  "of in on at by for with from to into onto upon about above across after against along amid among around as before " +
  "behind below beneath beside besides between beyond despite during except inside like near off outside over past per " +
  "since than through throughout till toward towards under underneath unlike until up via within without " +
  "not n't 's and or but nor"
).split(/\s+/).filter(Boolean));
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const SPACE = /\s/;

function wordTokens(text: string, from = 0, to = text.length): Pair[] {
  const out: Pair[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

export type TabTally = {
  entities: { direct: Pair; quasi: Pair };
  mentions: { direct: Pair; quasi: Pair };
  chars: Pair;
  byType: Record<string, Pair>;
  directByType: Record<string, Pair>;
  quasiByType: Record<string, Pair>;
  missed: string[];
  unsupported: string[];
};

export const emptyTabTally = (): TabTally => ({ entities: { direct: [0, 0], quasi: [0, 0] }, mentions: { direct: [0, 0], quasi: [0, 0] }, chars: [0, 0], byType: {}, directByType: {}, quasiByType: {}, missed: [], unsupported: [] });

type Entity = { type: string; isDirect: boolean; mentions: Pair[]; masks: boolean[] };

function entitiesOf(doc: TabDocument): Entity[] {
  const out: Entity[] = [];
  for (const mentions of Object.values(doc.annotations)) {
    const byId = new Map<string, Entity>();
    for (const m of mentions) {
      let e = byId.get(m.entityId);
      // the first mention decides direct vs quasi, as in evaluation.py
      if (!e) { e = { type: m.entityType, isDirect: m.identifierType === "DIRECT", mentions: [], masks: [] }; byId.set(m.entityId, e); }
      e.mentions.push([m.start, m.end]);
      e.masks.push(m.identifierType === "DIRECT" || m.identifierType === "QUASI");
    }
    out.push(...byId.values());
  }
  return out;
}

function mergeRanges(spans: readonly Range[], length: number): Pair[] {
  const list = spans.map((s): Pair => [Math.max(0, s.start), Math.min(length, s.end)]).filter(([s, t]) => s < t).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Pair[] = [];
  for (const [s, t] of list) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], t);
    else out.push([s, t]);
  }
  return out;
}

function isMasked(text: string, tokens: readonly Pair[], covered: Uint8Array, s: number, t: number): boolean {
  const open: number[] = [];
  for (let i = s; i < t; i++) if (!covered[i]) open.push(i);
  if (open.length === 0) return true;
  const ignore = new Set<number>();
  for (const [a, b] of tokens) {
    if (b <= s || a >= t) continue;
    let w = text.slice(a, b).toLowerCase();
    if (w === "s" && /['’]/.test(text[a - 1] ?? "")) w = "'s";
    if (w === "t" && /n['’]$/i.test(text.slice(a - 2, a))) w = "n't";
    if (FUNCTION_WORDS.has(w) || TOKENS_TO_IGNORE.has(w)) for (let k = a; k < b; k++) ignore.add(k);
  }
  return open.every((i) => ignore.has(i) || CHARACTERS_TO_IGNORE.has(text[i] ?? ""));
}

const bump = (pair: Pair, ok: boolean): void => { pair[1]++; if (ok) pair[0]++; };

/** Adds one document's result to the tally; `spans` are UTF-16 offsets into doc.text. */
export function scoreTabDocument(doc: TabDocument, spans: readonly Range[], tally: TabTally): void {
  const { text } = doc;
  const tokens = wordTokens(text);
  const entities = entitiesOf(doc);
  const gold = new Uint8Array(text.length); // 1 inside a DIRECT/QUASI mention, 2 inside a NO_MASK one only
  for (const e of entities) {
    const needs = e.masks.some(Boolean);
    e.mentions.forEach(([s, t], i) => { for (let k = s; k < t; k++) gold[k] = needs && e.masks[i] ? 1 : gold[k] === 1 ? 1 : 2; });
  }
  const merged = mergeRanges(spans, text.length);
  const covered = new Uint8Array(text.length);
  for (const [s, t] of merged) covered.fill(1, s, t);
  for (const e of entities) {
    if (!e.masks.some(Boolean)) continue;
    const kind = e.isDirect ? "direct" : "quasi";
    let entityMasked = true;
    e.mentions.forEach(([s, t], k) => {
      const ok = isMasked(text, tokens, covered, s, t);
      bump(tally.mentions[kind], ok);
      bump((tally.byType[e.type] ??= [0, 0]), ok);
      if (!ok && e.masks[k]) {
        entityMasked = false;
        tally.missed.push(`${doc.id} ${kind} ${e.type} ${JSON.stringify(text.slice(s, t))} …${JSON.stringify(text.slice(Math.max(0, s - 40), Math.min(text.length, t + 30)))}`);
      }
    });
    bump(tally.entities[kind], entityMasked);
    bump(((e.isDirect ? tally.directByType : tally.quasiByType)[e.type] ??= [0, 0]), entityMasked);
  }
  for (const [s, t] of merged) {
    let inMask = 0;
    for (let k = s; k < t; k++) {
      if (SPACE.test(text[k] ?? "")) continue;
      tally.chars[1]++;
      if (gold[k] === 1) { tally.chars[0]++; inMask++; }
    }
    const rules = [...new Set(spans.filter((x) => x.start < t && x.end > s).map((x) => x.rule ?? ""))].join(",");
    if (!inMask) tally.unsupported.push(`${doc.id} [${rules}] ${JSON.stringify(text.slice(s, t))}${gold.slice(s, t).includes(2) ? " (NO_MASK mention)" : ""} …${JSON.stringify(text.slice(Math.max(0, s - 30), Math.min(text.length, t + 20)))}`);
  }
}

export const ratio = ([n, d]: Pair): number => (d ? n / d : 0);

export function tabSummary(t: TabTally): { erDirect: number; erQuasi: number; mentionDirect: number; mentionQuasi: number; precision: number } {
  return { erDirect: ratio(t.entities.direct), erQuasi: ratio(t.entities.quasi), mentionDirect: ratio(t.mentions.direct), mentionQuasi: ratio(t.mentions.quasi), precision: ratio(t.chars) };
}
