// Workplaces: "a tyre shop in Zarqa", "worked in his uncle's bakery", "a phone repair shop
// near the clock tower", "worked for Haddad Transport". Where someone worked is known to
// everyone who worked there; with the town it is often one person.
import { hasNameWord } from "../proper-words";
import { words, type PatternRule } from "./rule";

const PLACES = "shop|shops|store|garage|bakery|factory|restaurant|café|cafe|company|firm|workshop|pharmacy|salon|butchery|grocery|supermarket|stall|kiosk|laundry|warehouse|mill|sawmill|quarry|hotel|farm|clinic|surgery|print\\s+shop|printing\\s+house|car\\s+wash|petrol\\s+station|gas\\s+station|internet\\s+café|internet\\s+cafe";
const PLACE_WORDS = words("shop", "shops", "store", "garage", "bakery", "factory", "restaurant", "café", "cafe", "company", "firm", "workshop", "pharmacy", "salon", "butchery", "grocery", "supermarket", "stall", "kiosk", "laundry", "warehouse", "mill", "sawmill", "quarry", "hotel", "farm", "clinic", "surgery", "house", "wash", "station");
/** "a tyre", "his uncle's", "the family": whose shop and what it sells, before the place word. */
const OWNER_BEFORE = /(?:\b(?:a|an|the|his|her|my|our|their|your)\s+)(?:(?!(?:and|or|of|in|at|to|for|with)\s)[\p{L}'’-]+\s+){0,3}$/u;
/** "in Zarqa", "near the Clock Tower", "in al-Bab": where it is. */
const WHERE = "(?:\\s+(?:in|at|near|on|outside|behind|opposite|next\\s+to)\\s+(?:the\\s+)?(?:(?:al|el)[-‑\\s])?\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[\\s-]+\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2})";
const WORK_BEFORE = /\b(?:work|works|worked|working|job|employed|employee|ran|runs|run|running|owned|owns|own|opened|managed|manages|apprentice(?:d)?|hired|paid)\b[^.!?\n]{0,40}$/i;
const EMPLOYER_WORDS = words("worked", "work", "works", "working", "employed", "job");

/** "أعمل في فرن عمي في الباب", "عنده صيدلية في حي الجورة": a shop or workshop someone works in or owns, with where it is. */
const AR_WORK_CUE = /(?:(?:أعمل|اعمل|يعمل|تعمل|نعمل|عملت|عمل|عملنا|أشتغل|اشتغل|يشتغل|اشتغلت)\s+(?:\S+\s+){0,2}?(?:في|ب|بـ)|(?:عنده|عندها|عندي|عندهم|عندنا|لديه|لديها|لدي|يملك|تملك|يملكون|أملك|فتح|فتحت|افتتح)\s+(?:\S+\s+)?)\s*$/u;
const AR_WORKPLACE = /(?<![\u0621-\u064A])(?:محل|دكان|فرن|مخبز|مطعم|ورشة|معمل|مصنع|صيدلية|شركة|مزرعة|بقالة|محطة)(?:\s+(?!في\s)[\u0621-\u064A]+){0,2}(?:\s+في\s+(?:ال)?[\u0621-\u064A]{2,}(?:\s+(?:ال)[\u0621-\u064A]{2,})?)?/gu;

export const WORKPLACE_RULES: readonly PatternRule[] = [
  { type: "ORGANIZATION", name: "workplace-arabic", re: AR_WORKPLACE, accept: (text, start) => AR_WORK_CUE.test(text.slice(Math.max(0, start - 40), start)), script: "arabic" },
  // the place with where it is ("a tyre shop in Zarqa"), or with a cue that someone worked there
  {
    type: "ORGANIZATION", name: "workplace", script: "latin", triggers: PLACE_WORDS, re: new RegExp(`\\b(?:${PLACES})\\b${WHERE}?`, "gu"), extendBack: OWNER_BEFORE, requireBack: true,
    acceptExtended: (text, start, end) => new RegExp(`${WHERE}$`, "u").test(text.slice(start, end)) || WORK_BEFORE.test(text.slice(Math.max(0, start - 48), start)),
  },
  // "worked for Haddad Transport", "employed at Zarqa Tyres": the employer's name
  { type: "ORGANIZATION", name: "employer", script: "latin", triggers: EMPLOYER_WORDS, re: /\b(?:worked|work|works|working|employed|job)\s+(?:at|for|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{M}'’&-]*){0,3})/gu, group: 1, accept: (text, start, end) => hasNameWord(text, start, end) },
];
