// Names of sources who grew up in France, Belgium and Britain: converts with French, Flemish
// or English names, and children of Maghrebi or South Asian families, whose names are spelled
// the French or English way ("Bouchra Benali", "Mohammed Hussain") and have an Arabic form.
import { latinOnly, w, type FamilyName, type NamePool, type WrittenName } from "./written-name";

const names = (...list: string[]): WrittenName[] => list.map((name) => latinOnly(name));

const FRENCH_MALE: readonly WrittenName[] = names(
  "Thomas", "Nicolas", "Julien", "Maxime", "Kévin", "Jérémy", "Romain", "Mickaël", "Sébastien", "Quentin",
  "Florian", "Anthony", "Jonathan", "Yohan", "Dylan",
);
const FRENCH_MAGHREBI_MALE: readonly WrittenName[] = [
  w("كريم", "Karim"), w("رشيد", "Rachid"), w("مهدي", "Mehdi"), w("ياسين", "Yassine"), w("سفيان", "Sofiane"),
  w("بلال", "Bilal"), w("نبيل", "Nabil"), w("سمير", "Samir"), w("فريد", "Farid"), w("رضوان", "Redouane", "Radouane"),
  w("حكيم", "Hakim"), w("نور الدين", "Nordine", "Nourdine"), w("مراد", "Mourad"), w("فؤاد", "Fouad"), w("يانيس", "Yanis"),
];

const FRENCH_FEMALE: readonly WrittenName[] = names(
  "Émilie", "Camille", "Pauline", "Marion", "Léa", "Manon", "Mélanie", "Aurélie", "Océane", "Justine",
);
const FRENCH_MAGHREBI_FEMALE: readonly WrittenName[] = [
  w("بشرى", "Bouchra", "Bochra"), w("نادية", "Nadia"), w("سامية", "Samia"), w("فتيحة", "Fatiha"), w("ليلى", "Leïla", "Leila"),
  w("ياسمينة", "Yasmina"), w("سعاد", "Souad"), w("مليكة", "Malika"), w("جميلة", "Djamila", "Jamila"), w("إيناس", "Inès", "Ines"),
  w("كريمة", "Karima"), w("حفصة", "Hafsa"), w("نوال", "Nawel", "Nawal"),
];

const FRENCH_FAMILIES: readonly FamilyName[] = names(
  "Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent",
  "Lefebvre", "Michel", "Garcia", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Lefèvre",
  "Mercier", "Dupont", "Lambert", "Bonnet", "Legrand", "Garnier", "Faure", "Rousseau", "Guérin", "Perrin",
);
const FRENCH_MAGHREBI_FAMILIES: readonly FamilyName[] = [
  w("بن عيسى", "Benaïssa", "Benaissa"), w("بلقاسم", "Belkacem"), w("بوزيد", "Bouzid"), w("براهيمي", "Brahimi"),
  w("شرقي", "Cherki", "Chergui"), w("جبار", "Djebbar"), w("حجاج", "Hadjadj"), w("قدوري", "Kaddouri"), w("العربي", "Larbi"),
  w("مباركي", "Mebarki"), w("مسعودي", "Messaoudi"), w("رحموني", "Rahmouni"), w("سعدي", "Saadi"), w("زيتوني", "Zitouni"),
  w("بن سعيد", "Bensaïd", "Bensaid"), w("بن عمار", "Benamar"), w("تواتي", "Touati"), w("فرحات", "Ferhat"),
  w("بن علي", "Benali", "Ben Ali"), w("حدوش", "Haddouche"), w("عمراني", "Amrani"),
];

const BELGIAN_MALE: readonly WrittenName[] = names("Jonas", "Pieter", "Jens", "Kevin", "Brecht", "Wouter", "Stijn", "Jef", "Sander", "Tom");
const BELGIAN_MOROCCAN_MALE: readonly WrittenName[] = [
  w("محمد", "Mohamed", "Mohammed"), w("يوسف", "Youssef", "Youssouf"), w("حمزة", "Hamza"), w("أنور", "Anouar", "Anwar"),
  w("سفيان", "Soufiane"), w("أيوب", "Ayoub"), w("بلال", "Bilal"), w("زكرياء", "Zakaria"), w("إسماعيل", "Ismaïl", "Ismail"),
];

const BELGIAN_FEMALE: readonly WrittenName[] = names("Lotte", "Eline", "Laura", "Sofie", "Charlotte");
const BELGIAN_MOROCCAN_FEMALE: readonly WrittenName[] = [
  w("فاطمة", "Fatima"), w("مريم", "Meryem", "Mariam"), w("سكينة", "Soukaina"), w("هاجر", "Hajar"), w("أسماء", "Asmae"),
];

const BELGIAN_FAMILIES: readonly FamilyName[] = names(
  "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
  "Dubois", "Lambert", "Dupont", "Vermeulen", "Van Damme",
);
const BELGIAN_MOROCCAN_FAMILIES: readonly FamilyName[] = [
  w("العمراني", "El Amrani"), w("الإدريسي", "El Idrissi"), w("العزوزي", "Azzouzi"), w("البقالي", "El Bakkali"),
  w("بوطالب", "Boutaleb"), w("الشحبار", "Achahbar"), w("والي", "Ouali"), w("بوحدي", "Bouhaddi"), w("شوقي", "Chaouki"),
  w("الحدوشي", "El Haddouchi"),
];

/**
 * British names. Several English given names are also ordinary words ("Hope", "Grace",
 * "Faith", "Mark", "Will"): a matcher that forgets case or context blocks plain prose.
 */
const BRITISH_MALE: readonly WrittenName[] = names(
  "Thomas", "James", "Daniel", "Jack", "Ryan", "Liam", "Connor", "Jordan", "Adam", "Lewis", "Mark", "Will", "Jamie", "Nathan", "Aaron",
);
const BRITISH_MUSLIM_MALE: readonly WrittenName[] = [
  w("محمد", "Mohammed", "Muhammad"), w("عبد", "Abdul"), w("عمران", "Imran"), w("طارق", "Tariq"), w("عادل", "Adil"),
  w("حمزة", "Hamza"), w("إبراهيم", "Ibrahim"), w("يوسف", "Yusuf"), w("زكريا", "Zakariya"), w("إدريس", "Idris"),
];

const BRITISH_FEMALE: readonly WrittenName[] = names("Sarah", "Emma", "Hope", "Grace", "Faith", "Chloe", "Amy", "Jade", "Shannon");
const BRITISH_MUSLIM_FEMALE: readonly WrittenName[] = [
  w("عائشة", "Aisha"), w("أميرة", "Amira"), w("صفية", "Safiya"), w("هناء", "Hana"), w("زارا", "Zara"), w("سمية", "Sumaya"),
];

const BRITISH_FAMILIES: readonly FamilyName[] = names(
  "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Roberts", "Johnson",
  "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
  "Harris", "Lewis", "Jackson", "Clarke", "Turner", "Hill", "Scott", "Cooper", "Morris", "Ward",
);
const BRITISH_MUSLIM_FAMILIES: readonly FamilyName[] = [
  ...names("Patel", "Khan", "Rahman", "Miah", "Uddin", "Chaudhry", "Iqbal", "Mahmood", "Akhtar", "Malik"),
  w("حسين", "Hussain"), w("أحمد", "Ahmed"), w("شاه", "Shah"),
];

/** Converts and children of immigrant families are separate pools: "Kevin El Bakkali" would ring false. */
export const FRENCH_CONVERTS: NamePool = { male: FRENCH_MALE, female: FRENCH_FEMALE, families: FRENCH_FAMILIES };
export const FRENCH_MAGHREBIS: NamePool = { male: FRENCH_MAGHREBI_MALE, female: FRENCH_MAGHREBI_FEMALE, families: FRENCH_MAGHREBI_FAMILIES };
export const BELGIAN_CONVERTS: NamePool = { male: BELGIAN_MALE, female: BELGIAN_FEMALE, families: BELGIAN_FAMILIES };
export const BELGIAN_MOROCCANS: NamePool = { male: BELGIAN_MOROCCAN_MALE, female: BELGIAN_MOROCCAN_FEMALE, families: BELGIAN_MOROCCAN_FAMILIES };
export const BRITISH_CONVERTS: NamePool = { male: BRITISH_MALE, female: BRITISH_FEMALE, families: BRITISH_FAMILIES };
export const BRITISH_MUSLIMS: NamePool = { male: BRITISH_MUSLIM_MALE, female: BRITISH_MUSLIM_FEMALE, families: BRITISH_MUSLIM_FAMILIES };
