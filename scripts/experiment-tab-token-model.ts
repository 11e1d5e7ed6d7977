// Experiment, not part of the detector: does a small model add anything on top of the rules?
// A token-level logistic regression (hashed features: word shape, lexicon membership, common
// English words and function words around the token, the type of the rule span it lies in;
// no proper names, no numbers) is trained on TAB train and scored on TAB dev, alone and
// united with the rules, at several thresholds. Measured on the detector of this commit: it
// adds no quasi entity on dev at any threshold and lowers precision, so none is shipped.
//   npx tsx scripts/experiment-tab-token-model.ts
import { detectIdentifiers } from "../lib/redaction/detector";
import path from "node:path";
import { loadTab, tabDataFile, type TabDocument } from "../lib/redaction/detector/evaluation/tab-data";
import { emptyTabTally, scoreTabDocument, tabSummary } from "../lib/redaction/detector/evaluation/tab-score";
import { isEnglishStem } from "../lib/redaction/detector/lexicons/english-words";
import { isOrdinaryKey } from "../lib/redaction/detector/proper-words";
const FUNC = new Set("a an the of in on at by for with from to and or but as is was were be been has had have that this which who whose his her their its he she they it i we you not no".split(" "));
const DIM = 1 << 18;
const hash = (s: string): number => { let h = 2166136261; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); } return (h >>> 0) % DIM; };
type Tok = { s: number; e: number; w: string };
const shape = (w: string): string => w.replace(/\p{Lu}/gu, "A").replace(/\p{Ll}/gu, "a").replace(/\d/g, "9").replace(/(.)\1+/g, "$1$1");
function tokens(text: string): Tok[] { return [...text.matchAll(/[\p{L}\p{N}\p{M}_]+/gu)].map((m) => ({ s: m.index!, e: m.index! + m[0].length, w: m[0] })); }
function feats(text: string, toks: Tok[], i: number, ruleAt: Uint8Array, ruleType: string[]): number[] {
  const t = toks[i]!; const w = t.w; const lw = w.toLowerCase(); const f: string[] = ["bias"];
  const word = (k: string, x: Tok | undefined) => { if (!x) { f.push(k + ":none"); return; } const l = x.w.toLowerCase(); f.push(k + "sh:" + shape(x.w)); if (FUNC.has(l)) f.push(k + "fw:" + l); else if (isEnglishStem(l)) f.push(k + "en:" + l); else f.push(k + (isOrdinaryKey(l) ? "ord" : "oov")); };
  word("", t); word("p", toks[i - 1]); word("n", toks[i + 1]); word("pp", toks[i - 2]); word("nn", toks[i + 2]);
  f.push("len:" + Math.min(12, w.length)); f.push("rule:" + (ruleAt[t.s] ? ruleType[t.s] : "none"));
  f.push("prule:" + (i > 0 && ruleAt[toks[i - 1]!.s] ? "y" : "n")); f.push("nrule:" + (i + 1 < toks.length && ruleAt[toks[i + 1]!.s] ? "y" : "n"));
  const before = text.slice(Math.max(0, t.s - 2), t.s); f.push("punctb:" + before.replace(/[\p{L}\p{N}]/gu, "x"));
  if (/\d/.test(w)) f.push("digit"); if (lw !== w && w === w.toUpperCase()) f.push("allcaps");
  return f.map(hash);
}
function prep(d: TabDocument) {
  const toks = tokens(d.text); const spans = detectIdentifiers(d.text);
  const ruleAt = new Uint8Array(d.text.length); const ruleType: string[] = new Array(d.text.length);
  for (const s of spans) for (let k = s.start; k < s.end; k++) { ruleAt[k] = 1; ruleType[k] = s.type; }
  const gold = new Uint8Array(d.text.length);
  for (const ms of Object.values(d.annotations)) for (const m of ms) if (m.identifierType !== "NO_MASK") gold.fill(1, m.start, m.end);
  return { d, toks, spans, X: toks.map((_, i) => feats(d.text, toks, i, ruleAt, ruleType)), y: toks.map((t) => gold[t.s]!) };
}
const all = loadTab(tabDataFile(path.resolve(__dirname, "..")) ?? "");
const train = all.filter((d) => d.split === "train").map(prep), dev = all.filter((d) => d.split === "dev").map(prep);
const W = new Float64Array(DIM);
const p = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((a, j) => a + W[j]!, 0)));
for (let ep = 0; ep < 6; ep++) for (const doc of train) doc.X.forEach((x, i) => { const g = (doc.y[i]! - p(x)) * 0.1; for (const j of x) W[j]! += g; for (const j of x) W[j]! *= 0.99999; });
for (const th of [0.5, 0.7, 0.85, 0.95]) {
  const tr = emptyTabTally(), tm = emptyTabTally(), tu = emptyTabTally();
  for (const doc of dev) {
    const model = doc.toks.filter((_, i) => p(doc.X[i]!) > th).map((t) => ({ start: t.s, end: t.e }));
    scoreTabDocument(doc.d, doc.spans, tr); scoreTabDocument(doc.d, model, tm); scoreTabDocument(doc.d, [...doc.spans, ...model], tu);
  }
  const f = (t: ReturnType<typeof emptyTabTally>) => { const s = tabSummary(t); return `${s.erDirect.toFixed(3)}/${s.erQuasi.toFixed(3)}/${s.precision.toFixed(3)}`; };
  console.log(`th ${th}: rules ${f(tr)}  model ${f(tm)}  rules+model ${f(tu)}`);
}
