import { describe, expect, it } from "vitest";
import { detectIdentifiers, type IdentifierType } from "./index";

/** True when some detected span covers `needle` (of `type`, if given). */
function covers(text: string, needle: string, type?: IdentifierType): boolean {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`test text does not contain ${needle}`);
  return detectIdentifiers(text).some((s) => s.start <= at && s.end >= at + needle.length && (type === undefined || s.type === type));
}

const FINDS: [behaviour: string, text: string, needle: string, type: IdentifierType][] = [
  ["finds a kunya with its nisba", "The emir was Abu Talha al-Jazrawi, a Saudi.", "Abu Talha al-Jazrawi", "ALIAS"],
  ["finds a kunya spelt Abou with a sun-letter article", "They called him Abou Hafs ash-Shami.", "Abou Hafs ash-Shami", "ALIAS"],
  ["finds an Umm kunya", "She asked to be called Umm Yusuf.", "Umm Yusuf", "ALIAS"],
  ["finds a nom de guerre after 'known as'", "A fighter known as the Butcher ran the checkpoint.", "the Butcher", "ALIAS"],
  ["finds a relative named in passing", "My cousin Ziad paid a smuggler.", "Ziad", "PERSON"],
  ["finds a full name after a kinship word", "My neighbour Hassan Qaddour was shot.", "Hassan Qaddour", "PERSON"],
  ["finds an unlisted surname after a listed given name", "I travelled with Tariq Mahmoodi.", "Tariq Mahmoodi", "PERSON"],
  ["finds a name with bin", "The judge was Khalid bin Walid al-Hamad.", "Khalid bin Walid", "PERSON"],
  ["finds an unknown capitalised name mid-sentence", "We waited for Qusai Barakat at the school.", "Qusai Barakat", "PERSON"],
  ["finds a Turkish mobile number", "Reach him on 0535 772 19 40 after dark.", "0535 772 19 40", "CONTACT"],
  ["finds an international number with dashes", "Number: +963-944-215-870.", "+963-944-215-870", "CONTACT"],
  ["finds a Belgian number", "Her mother: +32 478 12 34 56.", "+32 478 12 34 56", "CONTACT"],
  ["finds an email address", "Write to yassine.b92@gmail.com please.", "yassine.b92@gmail.com", "CONTACT"],
  ["finds an @handle", "Follow @counter_voices_sy for more.", "@counter_voices_sy", "CONTACT"],
  ["finds a Telegram link", "Reply to t.me/oilwitness_dz today.", "t.me/oilwitness_dz", "CONTACT"],
  ["finds a profile URL", "See https://facebook.com/some.profile.123 now.", "https://facebook.com/some.profile.123", "CONTACT"],
  ["finds a passport number", "Passport: A19283746 (Egyptian).", "A19283746", "ID"],
  ["finds a registration number", "Camp registration RJ-2019-04417 was issued.", "RJ-2019-04417", "ID"],
  ["finds a season and year", "I joined in the summer of 2014.", "summer of 2014", "DATE"],
  ["finds a day, month and year", "He left on 3 May 2016 at night.", "3 May 2016", "DATE"],
  ["finds a bare year, its preposition left out", "We crossed in 2015.", "2015", "DATE"],
  ["finds a numeric date", "Interview on 21/09/2016 in a flat.", "21/09/2016", "DATE"],
  ["finds a decade", "He grew up in the 1990s in Homs.", "1990s", "DATE"],
  ["finds a span of years written short", "The 1996-97 harvest was the last one.", "1996-97", "DATE"],
  ["finds the age after 'I was', the verb left out", "I was 17 when they came.", "17", "AGE"],
  ["finds 'a 23-year-old'", "He was a 23-year-old from the east.", "a 23-year-old", "AGE"],
  ["finds 'aged 19'", "A man aged 19 was taken.", "aged 19", "AGE"],
  ["finds 'in his twenties'", "He was in his twenties, quiet.", "in his twenties", "AGE"],
  ["finds a town from the gazetteer", "I am from Manbij originally.", "Manbij", "LOCATION"],
  ["finds a camp named by its facility word", "She was held in Roj camp for a year.", "Roj camp", "LOCATION"],
  ["finds a street", "They smoked in Mansour Street every night.", "Mansour Street", "LOCATION"],
  ["finds an unlisted village after 'village of'", "We came from the village of Khirbat Sawda.", "Khirbat Sawda", "LOCATION"],
  ["finds a nationality word", "A Moroccan brother cleaned the toilets.", "Moroccan", "NATIONALITY"],
  ["finds the nationality a passport gives away", "She crossed with a Libyan passport.", "Libyan", "NATIONALITY"],
  ["finds a named unit", "I served in Katibat al-Battar for a year.", "Katibat al-Battar", "ORGANIZATION"],
  ["finds an office", "They put me in the media office.", "media office", "ORGANIZATION"],
  ["finds a role", "I was a sniper for two months.", "sniper", "ROLE"],
  ["finds smuggling said as someone's job", "My cousin worked as a smuggler on the border.", "smuggler", "ROLE"],
  ["finds a scar with where it is", "He has a deep scar across his left cheek.", "scar across his left cheek", "DESCRIPTION"],
  ["finds a limp", "She walks with a limp since the airstrike.", "a limp", "DESCRIPTION"],
  ["finds a dyed beard", "The trainer had a red beard down to his chest.", "red beard", "DESCRIPTION"],
  ["finds an Arabic kunya with nisba", "كان الأمير اسمه أبو عبد الرحمن العراقي.", "أبو عبد الرحمن العراقي", "ALIAS"],
  ["finds an Arabic name after اسمي", "اسمي الحقيقي فراس ولا أريد نشره.", "فراس", "PERSON"],
  ["finds an Arabic relative's name", "أخي يونس ما زال مفقوداً.", "يونس", "PERSON"],
  ["finds an Arabic town with a clitic", "هربنا بالرقة ثم خرجنا.", "بالرقة", "LOCATION"],
  ["finds an Arabic month and year in Arabic-Indic digits", "خرجت في شباط ٢٠١٦ إلى تركيا.", "شباط ٢٠١٦", "DATE"],
  ["finds an Arabic age", "كان عمري ١٧ سنة عندما انضممت.", "عمري ١٧ سنة", "AGE"],
  ["finds a phone in Arabic-Indic digits", "رقمي القديم ٠٥٣٢٤٤٠١٨٨٢ لا تنشره.", "٠٥٣٢٤٤٠١٨٨٢", "CONTACT"],
  ["finds an Arabic camp", "خرجنا إلى مخيم حمام العليل.", "مخيم حمام العليل", "LOCATION"],
  ["finds an Arabic unit", "كانا من كتيبة الفاروق.", "كتيبة الفاروق", "ORGANIZATION"],
  ["finds an Arabic distinctive mark", "علامة مميزة: ندبة على جبينها.", "ندبة على جبينها", "DESCRIPTION"],
  ["finds a full name after 'Real name' without a verb", "Real name Idrissa Kane, 31, from Lyon.", "Idrissa Kane", "PERSON"],
  ["finds an Arabic family name with its article after a listed given name", "قال سامر الحلبي إنه خائف.", "سامر الحلبي", "PERSON"],
  ["finds a second Arabic name word that closes the phrase", "أنا محمد يوسف، من حماة.", "محمد يوسف", "PERSON"],
  ["finds 'the night of' with its date", "They came on the night of 12 June 2015.", "the night of 12 June 2015", "DATE"],
  ["finds a hedged decade", "The guard is probably in his forties.", "probably in his forties", "AGE"],
  ["finds a tent number with an Arabic letter prefix", "رقم الخيمة ب-٢٢٣١ في القطاع الرابع.", "ب-٢٢٣١", "ID"],
  ["finds a lost eye in Arabic", "رجع أخي بدون عين بعد المعركة.", "بدون عين", "DESCRIPTION"],
  ["finds a guesthouse named by its facility word", "نزلنا في مضافة الشيشان أسبوعاً.", "مضافة الشيشان", "LOCATION"],
  ["finds a town spelt with taa marbuta where the list has alef", "هربنا إلى درعة ثم إلى الأردن.", "درعة", "LOCATION"],
  ["finds shrapnel as a distinctive mark", "He carries shrapnel in his right shoulder.", "shrapnel in his right shoulder", "DESCRIPTION"],
];

const KEEPS: [behaviour: string, text: string, needle: string][] = [
  ["keeps a country name", "I went to Syria from Belgium.", "Syria"],
  ["keeps the preposition before a date", "We crossed in 2015.", "in 2015"],
  ["keeps 'only one' as a count", "There was only one road out.", "only one"],
  ["keeps a role word that names a task", "Guard duty at the silo, sixteen hours.", "Guard"],
  ["keeps the group's name", "The Islamic State promised us houses.", "Islamic State"],
  ["keeps Daesh", "That is what Daesh is.", "Daesh"],
  ["keeps a head of state", "They never fought Bashar al-Assad.", "Bashar al-Assad"],
  ["keeps a publicly known leader's kunya", "Abu Bakr al-Baghdadi spoke in Mosul.", "Abu Bakr al-Baghdadi"],
  ["keeps 'the Syrian regime'", "Oil went to the Syrian regime.", "Syrian"],
  ["keeps the state that keeps a file", "In the Turkish file I am listed twice.", "Turkish"],
  ["keeps a language spoken", "The trainer shouted at us in Russian.", "Russian"],
  ["keeps a smuggler paid in passing", "We paid the smuggler and crossed at night.", "smuggler"],
  ["keeps a video timestamp", "[00:01:10] A: Nothing.", "00:01:10"],
  ["keeps an Arabic country name", "ذهبت إلى تركيا بعد ذلك.", "تركيا"],
  ["keeps an ordinal after a kinship word", "زوجها الأول كان قاضياً.", "الأول"],
  ["keeps a relative clause after an Arabic given name", "رأيت خالد الذي كان معنا.", "الذي"],
  ["keeps a generic camp word after a named camp", "كنا في مخيم الهول. المخيم كان مزدحماً.", "المخيم كان"],
];

describe("detectIdentifiers", () => {
  it.each(FINDS)("%s", (_behaviour, text, needle, type) => {
    expect(covers(text, needle, type)).toBe(true);
  });

  it.each(KEEPS)("%s", (_behaviour, text, needle) => {
    expect(covers(text, needle)).toBe(false);
  });

  it("returns sorted, non-overlapping spans whose text is the slice", () => {
    const text = "Abu Hamza al-Shami, my brother Karim, joined in the summer of 2014 in Raqqa; call +90 532 418 77 09.";
    const spans = detectIdentifiers(text);
    expect(spans.length).toBeGreaterThan(3);
    spans.forEach((s, i) => {
      expect(s.text).toBe(text.slice(s.start, s.end));
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
    });
  });

  it("says what found each span", () => {
    const text = "Abu Hamza al-Shami, my brother Karim, joined in the summer of 2014 in Raqqa; call +90 532 418 77 09.";
    const rules = detectIdentifiers(text, { dictionary: [{ text: "Karim" }] }).map((s) => s.rule);
    expect(rules.every((r) => /^[a-z][a-z0-9:-]*$/.test(r))).toBe(true);
    expect(rules).toEqual(expect.arrayContaining(["kunya", "dictionary", "date-season-year", "gazetteer:locations", "phone"]));
  });

  it("uses JavaScript string indices when the text has a BOM and astral characters", () => {
    const text = "\uFEFF😀 My cousin Ziad left.";
    const ziad = detectIdentifiers(text).find((s) => s.text === "Ziad");
    expect(ziad?.start).toBe(text.indexOf("Ziad"));
  });

  it("finds every later mention of a name found once", () => {
    const text = "My cousin Qusai paid. Qusai later died.";
    const mentions = detectIdentifiers(text).filter((s) => s.text === "Qusai");
    expect(mentions).toHaveLength(2);
  });
});
