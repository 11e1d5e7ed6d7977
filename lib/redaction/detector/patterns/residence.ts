// Where someone lives, was born, held or sent: "lives in Van", "was born in Saint-Didier-au-
// Mont-d'Or", "deported to Zliten". After such a verb a capitalised name is a place even when
// it is also an English word ("Van", "Reading", "Hope") or has lower-case parts, which the
// capitalised-word net leaves alone. Countries stay safe (see safe.ts).
import { hasNameWord } from "../proper-words";
import { words, type PatternRule } from "./rule";

const VERBS = ["lives", "lived", "living", "live", "resides", "resided", "residing", "resident", "born", "raised", "grew", "settled", "moved", "relocated", "detained", "imprisoned", "jailed", "held", "deported", "expelled", "extradited", "returned", "fled", "practising", "practicing", "based", "stationed", "registered"];
const PART = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:[-‑][\\p{L}\\p{M}'’]+)*";
const PLACE = `(?:(?:al|el|Al|El)[-‑\\s])?${PART}(?:\\s+${PART}){0,2}`;

export const RESIDENCE_RULES: readonly PatternRule[] = [
  {
    type: "LOCATION", name: "residence", triggers: words(...VERBS), script: "latin",
    re: new RegExp(`\\b(?:${VERBS.join("|")})\\s+(?:up\\s+)?(?:in|to|at|near|outside)\\s+(?:the\\s+(?:town|city|village|district)\\s+of\\s+)?(${PLACE})`, "gu"), group: 1,
    accept: (text, start, end) => hasNameWord(text, start, end),
  },
];
