// Ways to reach a person: phones (any digit script, +90/+963/0090/05xx…), emails, URLs,
// @handles and handles named after a messenger ("Telegram: abu_x").
import { DIGIT } from "./numbers";
import { words, type PatternRule } from "./rule";

const MESSENGERS = "WhatsApp|Whatsapp|Telegram|Signal|Viber|Skype|Snapchat|Instagram|Insta|Facebook|FB|Twitter|TikTok|Threema|Wire|Messenger|phone|tel|mobile|cell|number|واتساب|واتس|تلغرام|تيليغرام|تلجرام|هاتف|جوال|موبايل|رقم";
const SEP = "[ \\t.\\-\\u00A0()/]{0,2}";
const PHONE = `(?:\\+|00|\\u0660\\u0660)?\\(?${DIGIT}(?:${SEP}${DIGIT}){6,15}`;

function digitCount(s: string): number {
  return (s.match(/[0-9\u0660-\u0669\u06F0-\u06F9]/g) ?? []).length;
}

const western = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/** "2014/2015", "٢٠١٤-٢٠١٥", "resolution 2178 (2014)": four-digit numbers, one a year, none dialled with 0 or +. */
function isYearsAndNumbers(value: string): boolean {
  const groups = western(value).match(/\d+/g) ?? [];
  return !/^[+0(]/.test(western(value)) && groups.every((g) => g.length === 4) && groups.some((g) => /^(?:19|20)\d\d$/.test(g));
}

/** "12 000 000", "3.500.000": an amount in thousands. */
const AMOUNT = /^\d{1,3}(?:[ \u00A0.,]\d{3})*[ \u00A0.,]000$/;

/** A phone has 8+ digits (7 with a "+"), and is not a date, a timestamp, years or an amount. */
function looksLikePhone(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (isYearsAndNumbers(value) || AMOUNT.test(western(value))) return false;
  const digits = digitCount(value);
  if (digits > 15) return false;
  if (digits < 8 && !(value.startsWith("+") && digits >= 7)) return false;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)) return false;
  if (/[:,]\d/.test(text.slice(end, end + 2))) return false;
  return true;
}

const EMAIL_LOCAL_CHAR = /[\p{L}0-9._%+-]/u;

/** An address can only start where its local part starts: walk back from each "@" instead of trying the regex everywhere. */
function emailStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    for (;;) {
      // an astral letter is two UTF-16 units
      const pair = text.slice(Math.max(0, start - 2), start);
      if (pair.length === 2 && /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(pair) && EMAIL_LOCAL_CHAR.test(pair)) start -= 2;
      else if (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1] ?? "")) start--;
      else break;
    }
    if (start < at && starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

export const CONTACT_RULES: readonly PatternRule[] = [
  { type: "CONTACT", name: "email", re: /(?<![\p{L}0-9._%+-])[\p{L}0-9._%+-]+@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.[A-Za-z]{2,}/gu, starts: emailStarts },
  { type: "CONTACT", name: "url", re: /\b(?:https?:\/\/|www\.)[^\s<>"'”)\]]+[^\s<>"'”)\].,;:!?]/gi },
  { type: "CONTACT", name: "profile-url", triggers: words("t", "telegram", "wa", "chat", "facebook", "fb", "m", "instagram", "twitter", "x", "tiktok", "youtube", "youtu", "vk", "ok", "snapchat", "linkedin", "threads"), re: /\b(?:t\.me|telegram\.me|telegram\.org|wa\.me|chat\.whatsapp\.com|facebook\.com|fb\.com|m\.facebook\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|youtube\.com|youtu\.be|vk\.com|ok\.ru|snapchat\.com|linkedin\.com|threads\.net)\/[^\s<>"'”)\]]*[^\s<>"'”)\].,;:!?]/gi },
  { type: "CONTACT", name: "handle", re: /(?<![\p{L}\p{N}_.@\/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/gu },
  {
    type: "CONTACT", name: "phone",
    re: new RegExp(`(?=[+(]|${DIGIT})(?<![\\d\\u0660-\\u0669\\w])${PHONE}(?![\\d\\u0660-\\u0669])`, "gu"),
    accept: looksLikePhone,
    // "WhatsApp: +90 …" — the messenger name says which account the number opens
    extendBack: new RegExp(`(?:${MESSENGERS})\\s*(?:number|no\\.?|account)?\\s*[:：\\-]?\\s*$`, "iu"),
  },
  // a handle named after a messenger: it carries a digit, underscore or dot, unlike ordinary words
  { type: "CONTACT", name: "messenger-handle", triggers: words(...MESSENGERS.toLowerCase().split("|"), "username", "user", "handle", "account", "profile"), re: new RegExp(`\\b(?:${MESSENGERS}|username|user\\s?name|handle|account|profile)\\s*(?:is|was|:|-)?\\s*([A-Za-z][A-Za-z0-9]*[._][A-Za-z0-9._]*[A-Za-z0-9]|[A-Za-z]+[0-9]+[A-Za-z0-9]*)`, "giu"), group: 1 },
];
