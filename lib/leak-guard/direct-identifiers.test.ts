import { beforeAll, describe, expect, it } from "vitest";
import { loadArabicWords } from "./arabic-words";
import { directIdentifierSpans } from "./direct-identifiers";

/** Counter-narrative prose as content editors write it: nothing here may block a release. */
const ORDINARY_PROSE: [what: string, text: string][] = [
  [
    "an English article opening",
    "Recruiters sell the group as a state that pays its fighters, houses their families and treats every Muslim as a brother. " +
      "The men who went and came back describe something else. Wages shrank month by month, the promised homes never appeared, " +
      "and locals were sent to the front first. Brotherhood, one of them says, ended at the dinner table.",
  ],
  [
    "sentences opening with unusual capitalised words",
    "Nobody got the house. Salaries came late, then half, then never. Meanwhile commanders drove the only good cars. " +
      "Kindness was rare; Obedience was the only virtue they taught.",
  ],
  [
    "public figures and the group's names",
    "Abu Bakr al-Baghdadi promised a state. Daesh delivered checkpoints. Former fighters say the Islamic State sold oil to Assad while preaching against him.",
  ],
  ["a foreign word the detector would guess is a name", "Every critic became a Kafir, every question was treason."],
  ["the Prophet, and an English word that is also a name opening a sentence", "The Prophet Muhammad never sold oil to his enemies. Said one former fighter: they paid us in promises."],
  ["a video script with speaker labels", "**Scene 1.** Night. Tanker trucks at a checkpoint.\n\n**Narrator:** They called the regime unbelievers, then sold it the oil.\n\n**Former fighter (voice only):** We were told to let them pass."],
  ["a social post with a hashtag and a country", "Hunger recruited more young men in Syria than any sermon. Ask the ones who came back. #NotACaliphate"],
  ["placeholders of redacted testimony", "> The [ROLE 2] of the guesthouse made him clean the toilets every day. I left [DATE 2], after the [ORGANIZATION 1] office in [LOCATION 3] was hit."],
  ["a figure and a year", "In 2015 the salary was cut by half. Some 400 dollars became nothing within a year."],
  [
    "an Arabic article opening",
    "يعدون الشباب بالراتب والبيت والأخوّة. هذا ما وجده الذين ذهبوا ثم عادوا: رواتب تتأخر ثم تنقطع، وبيوت لم يرها أحد، " +
      "وجبهات يُرسل إليها أبناء البلد أولاً. قالوا لنا إن الدولة عادلة، لكن الحياة الكريمة كانت للأمراء وحدهم.",
  ],
  [
    "Arabic prose whose adjectives are also given names",
    "فقدوا الأمل بعد أشهر. كان الراتب وعداً كاذباً، والسلام بعيداً. نور الحقيقة ظهر متأخراً، وكان الحسن فيهم قليلاً.",
  ],
  ["an Arabic video script", "**المشهد الأول:** شاشة سوداء، صوت قصف بعيد.\n\n**الراوي:** قالوا إن الجميع إخوة في الصف. لكن حين بدأ القصف، عرف كل واحد مكانه."],
  ["Arabic sentences where أم means 'or' or 'mother'", "هل هذه دولة أم عصابة؟ إلى كل أم تنتظر ابنها: اسأليه من يكلمه على الإنترنت."],
  ["Arabic cue words followed by ordinary words", "أنا خائف على ابني. قال الأب: ابني يتعلم الآن في المدرسة. كان الشيخ يخطب عن العدل، فظهر من هو الأخ ومن هو الخرطوش."],
  ["an Arabic public figure", "وعد أبو بكر البغدادي بدولة، فلم يجد المقاتلون إلا الحواجز والجوع."],
];

/** Direct identifiers with evidence: each must block, and be marked where it is (at the needle's first character). */
const IDENTIFIERS: [what: string, text: string, needle: string][] = [
  ["a Turkish mobile number", "For more, call +90 532 111 22 33 after dark.", "+90 532 111 22 33"],
  ["a local number", "His old number 0535 772 19 40 no longer works.", "0535 772 19 40"],
  ["an email address", "Write to yassine.b92@gmail.com for the full story.", "yassine.b92@gmail.com"],
  ["a messaging handle", "The recruiter wrote as @dujana_tn on Telegram.", "@dujana_tn"],
  ["a passport number", "His passport number was BE1928374 when he flew.", "BE1928374"],
  ["a kunya with a nisba", "Abu Yusuf al-Shami told us the truth about the salaries.", "Abu Yusuf al-Shami"],
  ["a kunya in another spelling", "They knew him as Abou Youssef ash-Shami at the front.", "Abou Youssef ash-Shami"],
  ["an Umm kunya", "Umm Khalid cooked for the guesthouse.", "Umm Khalid"],
  ["a relative named in passing", "My cousin Ziad paid the smuggler.", "Ziad"],
  ["a listed given name alone", "Ask Walid what he saw at the front.", "Walid"],
  ["a listed given name opening a sentence", "Walid left in the winter.", "Walid"],
  ["a full name", "The judge was Khalid bin Walid al-Hamad.", "Khalid bin Walid"],
  ["a name after 'my name is'", "He began: my name is Qusai Barakat and I was a mechanic.", "Qusai Barakat"],
  ["a second mention of a cued name", "My brother Zuhdi stayed. Later Zuhdi called from the camp.", "Zuhdi called"],
  ["an Arabic kunya", "كان أبو حفص العراقي يبيع النفط للنظام.", "أبو حفص العراقي"],
  ["an Arabic kunya with an unlisted name and a nisba", "كان أبو قسورة الأنصاري أمير الحاجز.", "أبو قسورة الأنصاري"],
  ["an Arabic name after a naming cue", "قال لنا: اسمي كريم، وكنت ميكانيكياً.", "كريم"],
  ["an unlisted Arabic name after a naming cue", "كان المدعو ضرغام يجمع الضرائب من السوق.", "ضرغام"],
  ["an Arabic relative", "بقي ابن عمي نبيل هناك.", "نبيل"],
  ["an Arabic given and family name", "قال أحمد الحلبي إن الراتب انقطع.", "أحمد الحلبي"],
  ["a number in Arabic-Indic digits", "رقمه القديم ٠٥٣٢٠٠٠٤١١٧ لم يعد يعمل.", "٠٥٣٢٠٠٠٤١١٧"],
];

beforeAll(() => loadArabicWords());

describe("direct identifiers for the leak guard", () => {
  it.each(ORDINARY_PROSE)("lets %s pass", (_, text) => {
    expect(directIdentifierSpans(text).map((s) => `${s.type}: ${s.text}`)).toEqual([]);
  });

  it.each(IDENTIFIERS)("finds %s", (_, text, needle) => {
    const at = text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const spans = directIdentifierSpans(text);
    expect(spans.some((s) => s.start <= at && s.end > at), JSON.stringify(spans)).toBe(true);
  });
});
