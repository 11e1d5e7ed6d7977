// Invented prose for the large dataset: counter-narrative items and testimony in English,
// Arabic and French. Every item carries an English summary so a search for one English
// word measures what it would in a real archive: "salary" appears in ~77 % of items (a
// common word) and "quartermaster" in ~1 % (a rare one). No sentence names anyone.
import type { Random } from "@/lib/leak-guard/testing/prng";

export const COMMON_WORD = "salary";
export const RARE_WORD = "quartermaster";
export const COMMON_SHARE = 0.77;
export const RARE_SHARE = 0.01;

const EN = [
  "The recruiters promised a steady income that never came.",
  "Families in the camp waited months for news.",
  "Commanders kept the best food for themselves.",
  "Young men were told they would be heroes, then sent to dig trenches.",
  "Nobody explained where the money from the checkpoints went.",
  "The videos showed victories; the fighters saw retreats.",
  "Letters home were read before they were sent.",
  "Those who asked questions were moved to the front line.",
  "The mosque was used as a storehouse for weapons.",
  "Doctors were forced to treat only the group's members.",
  "Shopkeepers paid a tax twice a week or lost their shops.",
  "Most of the foreign volunteers left within a year.",
  "The road to the river was closed after every rumour.",
  "Children were taught to count with pictures of rifles.",
  "The winter was cold and the fuel went to the commanders' houses.",
] as const;

const AR = [
  "وعدونا بدخل ثابت لكنه لم يصل أبداً.",
  "انتظرت العائلات في المخيم شهوراً من أجل خبر.",
  "احتفظ القادة بأفضل الطعام لأنفسهم.",
  "قيل للشباب إنهم سيصبحون أبطالاً ثم أُرسلوا لحفر الخنادق.",
  "لم يشرح أحد أين ذهبت أموال الحواجز.",
  "أظهرت المقاطع انتصارات بينما رأى المقاتلون الانسحاب.",
  "كانت الرسائل تُقرأ قبل إرسالها.",
  "من طرح الأسئلة نُقل إلى خط الجبهة.",
  "دفع أصحاب المحلات ضريبة مرتين في الأسبوع.",
  "كان الشتاء بارداً وذهب الوقود إلى بيوت القادة.",
] as const;

const FR = [
  "Les recruteurs promettaient un revenu régulier qui n'est jamais venu.",
  "Les familles du camp attendaient des nouvelles pendant des mois.",
  "Les chefs gardaient la meilleure nourriture pour eux.",
  "On disait aux jeunes qu'ils seraient des héros, puis on les envoyait creuser.",
  "Personne n'expliquait où allait l'argent des barrages.",
  "Les lettres étaient lues avant d'être envoyées.",
  "Ceux qui posaient des questions partaient au front.",
  "Les commerçants payaient une taxe deux fois par semaine.",
  "L'hiver était froid et le carburant allait chez les chefs.",
] as const;

const SENTENCES = { en: EN, ar: AR, fr: FR } as const;
export type SeedLanguage = keyof typeof SENTENCES;

const COMMON_LINES = [
  `The promised ${COMMON_WORD} was paid late, in part, or not at all.`,
  `A fighter's ${COMMON_WORD} was cut whenever a commander needed money.`,
  `They spoke of a ${COMMON_WORD}; what arrived was a bag of flour.`,
] as const;
const RARE_LINE = `The ${RARE_WORD} sold the rations meant for the wounded.`;
const SUMMARY_LINES = [
  "Summary: a first-hand account of promises broken by the group.",
  "Summary: daily life under the group's rule, as its members saw it.",
  "Summary: why people who joined decided to leave.",
] as const;

export const TITLES: Record<SeedLanguage, readonly string[]> = {
  en: ["What the recruiters did not say", "A winter in the camp", "The money that disappeared", "Heroes who dug trenches", "Letters never sent", "The road to the river"],
  ar: ["ما لم يقله المجندون", "شتاء في المخيم", "المال الذي اختفى", "رسائل لم تُرسل"],
  fr: ["Ce que les recruteurs taisaient", "Un hiver au camp", "L'argent disparu", "Des lettres jamais envoyées"],
};

export function pickLanguage(random: Random): SeedLanguage {
  const roll = random.next();
  return roll < 0.6 ? "en" : roll < 0.85 ? "ar" : "fr";
}

export function paragraph(random: Random, language: SeedLanguage, sentences: number): string {
  return Array.from({ length: sentences }, () => random.pick(SENTENCES[language])).join(" ");
}

export function itemTitle(random: Random, language: SeedLanguage, ordinal: number): string {
  return `${random.pick(TITLES[language])} (${ordinal})`;
}

/** An item body: a few paragraphs in its language, then the English summary with the measured words. */
export function itemBody(random: Random, language: SeedLanguage): string {
  const paragraphs = Array.from({ length: random.int(2, 4) }, () => paragraph(random, language, random.int(2, 5)));
  const summary: string[] = [random.pick(SUMMARY_LINES)];
  if (random.chance(COMMON_SHARE)) summary.push(random.pick(COMMON_LINES));
  if (random.chance(RARE_SHARE)) summary.push(RARE_LINE);
  return `${paragraphs.join("\n\n")}\n\n${summary.join(" ")}\n`;
}
