// A detector span as a quasi-identifying fact, or null for what is not one (direct
// identifiers belong to the leak guard; types this module does not know are left to it too).
import type { Span } from "@/lib/redaction/detector";
import { factOf, type QuasiFact } from "./quasi-kinds";
import { foldValue, singular } from "./fold-value";
import { ageFact, dateFact } from "./normalise-time";

/** The rule or lexicon that found a span: `rule` where the detector names it, else its stage. */
export function ruleOf(span: Span): string {
  const named = (span as Span & { rule?: string }).rule;
  return named ?? span.source;
}

// Cities and regions of hundreds of thousands: naming one narrows less than a town does.
const LARGE_PLACES: ReadonlySet<string> = new Set(
  [
    "raqqa", "rakka", "raqqah", "mosul", "mossul", "aleppo", "halab", "damascus", "dimashq", "baghdad", "homs", "hama", "idlib", "idleb",
    "deir ez zor", "deir al zour", "deir ezzor", "deir el zor", "dayr az zawr", "dayr az zor", "deir ez-zor", "hasakah", "hasaka", "hassakeh", "qamishli",
    "latakia", "tartus", "daraa", "deraa", "kirkuk", "erbil", "irbil", "fallujah", "falluja", "ramadi", "tikrit", "samarra", "sulaymaniyah",
    "nineveh", "ninawa", "anbar", "ghouta", "qalamoun", "jazira", "euphrates", "istanbul", "ankara", "gaziantep", "antep", "sanliurfa", "urfa",
    "tunis", "cairo", "amman", "beirut", "tripoli", "benghazi", "brussels", "paris", "london", "berlin", "amsterdam", "stockholm",
    "رقه", "موصل", "حلب", "دمشق", "بغداد", "حمص", "حماه", "ادلب", "دير الزور", "دير زور", "حسكه", "قامشلي", "اسطنبول", "غازي عنتاب",
  ].map(foldValue),
);

const PLACE_HEADS = /\b(?:camp|prison|jail|hospital|checkpoint|street|road|village|district|neighbourhood|neighborhood|quarter|dam|field|oil field|base|square|market|school|mosque|silos?|guesthouse|madafa)\b|مخيم|سجن|مشفى|مستشفى|حاجز|شارع|قريه|حي|سد|حقل|مضافه|ساحه|سوق/;

function placeFact(text: string): QuasiFact {
  const value = foldValue(text);
  const large = LARGE_PLACES.has(value) && !PLACE_HEADS.test(value);
  return factOf(large ? "place-city" : "place-small", value);
}

function roleFact(text: string): QuasiFact {
  const words = foldValue(text).split(" ");
  const last = singular(words[words.length - 1] ?? "");
  const value = [...words.slice(0, -1), last.word].join(" ");
  return factOf(last.plural ? "role-group" : "role-person", value);
}

// Offices and kinds of unit every member passed through; a named unit points to a few hundred men.
const GENERIC_UNITS = /^(?:hisba|morality police|amniyat|amni|emni|media office|security office|recruitment office|oil diwan|diwan|katiba|katibat|liwa|sariyya|sharia court|islamic court|wilayat|(?:media|security|recruitment|military|intelligence|finance|oil|zakat|health|education|services|propaganda|prisoners|spoils|war spoils|ghanima|fatwa|dawa|public relations|investigation|complaints) (?:office|offices|diwan|department|bureau|committee|directorate|court)|حسبه|امنيات|مكتب اعلامي|ديوان|كتيبه|محكمه شرعيه)$/;

function unitFact(text: string): QuasiFact {
  const value = foldValue(text);
  return factOf(GENERIC_UNITS.test(value) ? "unit-office" : "unit-named", value);
}

function nationalityFact(text: string): QuasiFact {
  const words = foldValue(text).split(" ");
  const last = singular(words[words.length - 1] ?? "").word;
  return factOf("nationality", [...words.slice(0, -1), last].join(" "));
}

export function factOfSpan(span: Pick<Span, "type" | "text">): QuasiFact | null {
  switch (span.type) {
    case "AGE":
      return ageFact(span.text);
    case "DATE":
      return dateFact(span.text);
    case "LOCATION":
      return placeFact(span.text);
    case "ROLE":
      return roleFact(span.text);
    case "ORGANIZATION":
      return unitFact(span.text);
    case "NATIONALITY":
      return nationalityFact(span.text);
    case "DESCRIPTION":
      return factOf("mark", foldValue(span.text));
    default:
      return null;
  }
}
