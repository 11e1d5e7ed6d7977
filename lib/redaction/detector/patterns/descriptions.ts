// Distinctive marks: scars, tattoos, burns, a limp, a missing finger, a dyed beard.
// The span grows over the words around the mark ("a deep scar from left ear to jaw")
// because the location of a scar identifies as much as the scar.
import type { Span } from "../types";

const TRIGGER_EN = /\b(?:scars?|scarred|tattooed|tattoos?|birthmarks?|burn\s+marks?|burns|burned\s+(?:face|hands?|arms?|legs?)|limp(?:s|ing|ed)?|cane|crutch(?:es)?|prosthe(?:sis|tic)|amputated|amputee|missing\s+(?:an?\s+)?(?:fingers?|thumbs?|hands?|arms?|legs?|feet|foot|eyes?|ears?|teeth|tooth)|(?:fingers?|thumbs?|hands?|legs?|arm|eye|ear|teeth)\s+(?:missing|amputated|cut\s+off)|one[- ]eyed|blind\s+in\s+one\s+eye|glass\s+eye|eye\s*patch|lost\s+(?:his|her|my|an?)\s+(?:legs?|arms?|eyes?|hands?|fingers?|foot)|stutter(?:s|ed|ing)?|lisp|(?:red|ginger|henna(?:[- ]dyed)?|dyed|orange|blond|blonde|white|grey|gray|forked|very\s+long|long)\s+beard|beard\s+(?:dyed|coloured|colored)|bullet\s+wounds?|shrapnel(?:\s+wounds?|(?=\s+(?:in|on|to)\s))|wound\s+(?:in|on|to)|gold\s+(?:tooth|teeth)|albino|hunchback|walks?\s+with\s+a|wheelchair|deaf\s+in|bald\s+patch|disfigured)\b/gi;
const TRIGGER_AR = /(?<![\u0621-\u064A])[وب]?(?:ندبة|ندبه|ندوب|وشم|وشوم|الوشم|أعرج|اعرج|يعرج|تعرج|عرج|عرجاء|حرق|حروق|آثار\s+حروق|(?:أثر|اثر)\s+(?:حرق|جرح|رصاصة|طلقة|شظية)|جرح|جروح|مقطوع|مقطوعة|مبتور|مبتورة|بتر|عين\s+زجاجية|أعور|عوراء|شامة|لحية\s+(?:حمراء|شقراء|بيضاء|طويلة|مصبوغة|مخضبة)|لحيته\s+(?:حمراء|شقراء|بيضاء|مصبوغة|مخضبة)|(?:بلا|بدون|فقد|فقدت|خسر|خسرت)\s+(?:عين|عينه|عينها|عيني|يد|يده|يدها|يدي|ساق|ساقه|ساقها|رجل|رجله|رجلها|أصابع|إصبع)|يتأتئ|يتلعثم|كرسي\s+متحرك|عكاز)(?![\u0621-\u064A])/g;

const STOP_BACK_EN = /^(?:i|he|she|they|we|you|and|but|who|that|which|so|because|then)$/i;
const STOP_FWD_EN = /^(?:and|but|because|when|which|so|after|while|since|that|who|he|she|i|they|we)$/i;

function wordsBefore(text: string, pos: number, max: number, stop: RegExp): number {
  let start = pos;
  for (let n = 0; n < max; n++) {
    const m = /([\p{L}\p{M}'’-]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!m || stop.test(m[1] ?? "")) break;
    start -= m[0].length;
  }
  return start;
}

function wordsAfter(text: string, pos: number, max: number, stop: RegExp, clauseEnd: RegExp): number {
  let end = pos;
  for (let n = 0; n < max; n++) {
    const m = /^(\s+)([\p{L}\p{M}'’-]+)/u.exec(text.slice(end, end + 40));
    if (!m || stop.test(m[2] ?? "") || clauseEnd.test(m[1] ?? "")) break;
    end += m[0].length;
  }
  return end;
}

export function findDescriptions(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(TRIGGER_EN)) {
    const start = wordsBefore(text, match.index, 4, STOP_BACK_EN);
    const end = wordsAfter(text, match.index + match[0].length, 9, STOP_FWD_EN, /\n/);
    spans.push({ start, end, type: "DESCRIPTION", text: text.slice(start, end), source: "pattern", rule: "distinctive-mark" });
  }
  for (const match of text.matchAll(TRIGGER_AR)) {
    const end = wordsAfter(text, match.index + match[0].length, 5, /^(?:و?(?:كان|كانت|لكن|ثم|عندما|لأن))$/, /\n/);
    // one word back: whose mark it is ("ابنها يعرج")
    const start = wordsBefore(text, match.index, 1, /^(?:و?(?:كان|كانت|هو|هي|لكن|ثم|أن|ان|إن))$/);
    spans.push({ start, end, type: "DESCRIPTION", text: text.slice(start, end), source: "pattern", rule: "distinctive-mark" });
  }
  return spans;
}
