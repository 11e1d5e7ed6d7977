// A job said of a person: "he was a pharmacist", "worked as a lorry driver", "the applicant,
// a primary school teacher,", "كان يعمل سائقاً". Found from the job word; the cue before it
// (a copula, "as", an apposition's comma) must be there, so that "the teacher said" or "a
// lawyer's fees" in passing are left alone. Modifiers before the job ("lorry", "primary
// school", "non-commissioned") belong to it.
import { PROFESSIONS_ARABIC, PROFESSIONS_LATIN } from "../gazetteers/professions";
import { words, type PatternRule } from "./rule";

const heads = PROFESSIONS_LATIN.map((p) => p.split(" ").pop() ?? p);
/**
 * "was a", "is an", "as a", "became the", "the post of a": what makes the job the person's.
 * An apposition (", a teacher") counts after a common noun or a pronoun ("the applicant, a
 * teacher", "my brother, a baker"), not after a name: "represented by Mr Aksoy, a lawyer
 * practising in …" presents someone already named, who acts for the person.
 */
const CUE = "(?:\\b(?:is|was|were|are|been|be|being|became|become|becomes|becoming|remained|remains|as|by\\s+profession|(?:post|position|job|rank|function|career)\\s+(?:of|as))\\s+(?:(?:also|still|then|later|now|once|formerly|previously|already|only)\\s+)?|(?<![\\p{Lu}][\\p{L}\\p{M}'’.-]*),\\s+|\\b(?:an?|the|his|her|their|my)\\s+(?=(?:former|ex-|retired)))(?:(?:an?|the|his|her|their|my)\\s+)?(?:(?:former|ex-|retired)\\s*)?";
/** Lower-case words that are not function words, nor unhyphenated verbs in -ed or adverbs in -ly: "lorry", "primary school", "non-commissioned". */
const MODIFIERS = "(?:(?!(?:and|or|but|of|in|on|at|to|for|from|by|with|who|which|that|not|than|then|also|very|his|her|its|our|their|my|your|a|an|the|is|was|were|are|be|been|has|had|have|as|so|such|this|these|those|some|any|no|all|other)\\s)(?!(?!retired|qualified|trained|licensed|registered|skilled)[\\p{Ll}'’]*(?:ed|ly)\\s)[\\p{Ll}][\\p{Ll}'’‑-]*\\s+){0,3}";
const CUE_BEFORE = new RegExp(`${CUE}${MODIFIERS}$`, "u");
/** The modifiers between the cue and the job, found after the cue is known to be there. */
const MODIFIERS_BEFORE = new RegExp(`(?<=${CUE})${MODIFIERS.replace("{0,3}", "{1,3}")}$`, "u");

/** "a student at a military academy", "a nurse in the national hospital": where the job is done belongs to it. */
const WHERE_WORKED = "(?:\\s+(?:at|in|of|for|with)\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:school|academy|university|college|hospital|clinic|company|firm|factory|bank|ministry|court|office|army|police|municipality|faculty|institute|newspaper|station))?";
const TITLE_MODIFIERS = "(?:\\p{Lu}[\\p{Ll}'’-]+\\s+){0,3}";
const CUE_BEFORE_TITLE = new RegExp(`${CUE}${TITLE_MODIFIERS}$`, "u");
const TITLE_MODIFIERS_BEFORE = new RegExp(`(?<=${CUE})${TITLE_MODIFIERS.replace("{0,3}", "{1,3}")}$`, "u");
const AR_CUE = "(?:يعمل|تعمل|عمل|عملت|عملتُ|اعمل|أعمل|كان|كانت|كنت|صار|أصبح|اصبح|بصفة|بصفته|كـ|ك)";
const AR_JOBS = PROFESSIONS_ARABIC.join("|");

export const PROFESSION_RULES: readonly PatternRule[] = [
  {
    type: "ROLE", name: "profession", triggers: words(...heads, ...heads.map((h) => h + "s")), // the trigger word is a job word, so the regex only needs to take the word and what follows it
    re: new RegExp(`\\p{Ll}[\\p{Ll}-]*\\b${WHERE_WORKED}`, "gu"),
    accept: (text, start) => CUE_BEFORE.test(text.slice(Math.max(0, start - 60), start)),
    extendBack: MODIFIERS_BEFORE, script: "latin",
  },
  // a title in capitals after a cue: "was also the Chief Executive Officer", "was a Lance Corporal"
  {
    type: "ROLE", name: "profession", triggers: words(...heads), re: /\p{Lu}\p{Ll}+\b/gu,
    accept: (text, start) => CUE_BEFORE_TITLE.test(text.slice(Math.max(0, start - 60), start)),
    extendBack: TITLE_MODIFIERS_BEFORE, script: "latin",
  },
  // (no trigger words: the job word carries case endings, "سائقاً", that its token key keeps)
  { type: "ROLE", name: "profession-arabic", re: new RegExp(`(?:${AR_JOBS})(?:اً|ا)?`, "gu"), accept: (text, start) => new RegExp(`${AR_CUE}\\s*(?:\\S+\\s+)?$`, "u").test(text.slice(Math.max(0, start - 30), start)), script: "arabic" },
];
