// Villages and districts, built the way the region names them: a generic head word ("Kafr",
// "Tal", "Kani", "köy") joined to a distinctive element. Combining parts instead of listing
// real villages keeps the set large and invented while sounding right; some combinations
// exist somewhere, as any plausible name would.
import { w, type WrittenName } from "./written-name";

/** Syrian village heads: each spelled several ways by different transcribers. */
export const LEVANT_HEADS: readonly WrittenName[] = [
  w("كفر", "Kafr", "Kfar", "Kafar", "Kefr"), w("تل", "Tal", "Tell", "Tel"), w("عين", "Ain", "Ayn", "Ein"),
  w("دير", "Deir", "Dayr", "Der"), w("بيت", "Beit", "Bayt", "Bait"), w("خربة", "Khirbet", "Khirbat", "Kherbet"),
  w("جسر", "Jisr", "Jisir"), w("قصر", "Qasr", "Kasr"), w("مزرعة", "Mazraat", "Mazra'at"), w("أم", "Umm", "Um"),
];

export const LEVANT_ELEMENTS: readonly WrittenName[] = [
  w("ناصر", "Nasir", "Naser", "Nasser"), w("أبيض", "Abyad", "Abiad"), w("حمرا", "Hamra", "Hamraa"), w("الزيتون", "al-Zaytun", "Zeitoun"),
  w("صفرا", "Safra", "Safraa"), w("الحجر", "al-Hajar", "el-Hajar"), w("الشيخ", "al-Sheikh", "esh-Sheikh"), w("برد", "Barad", "Bard"),
  w("طاقة", "Taqa", "Taka"), w("عيسى", "Issa", "Eissa"), w("جنة", "Janna", "Jannah"), w("الرمان", "al-Rumman", "Rummane"),
  w("حوش", "Hawsh", "Housh"), w("سلمان", "Salman", "Selman"), w("قرع", "Qara", "Kara"), w("حطب", "Hatab", "Hateb"),
  w("الطحين", "al-Tahin", "Tahine"), w("زيدان", "Zaydan", "Zeidan"), w("نبعة", "Nabaa", "Nabaa'"), w("الخضر", "al-Khidr", "Khodr"),
  w("عامر", "Amer", "Amir"), w("مرعي", "Marai", "Mar'i"), w("شمس", "Shams", "Chams"), w("البطيخ", "al-Battikh", "Batikh"),
];

/** Iraqi villages are often named for the tribe living there ("Albu Nimr") or a hamlet ("Qaryat"). */
export const IRAQ_HEADS: readonly WrittenName[] = [
  w("البو", "Albu", "Al Bu", "Albo"), w("قرية", "Qaryat", "Karyat"), w("حي", "Hay", "Hayy"), w("تل", "Tal", "Tell"),
];

export const IRAQ_ELEMENTS: readonly WrittenName[] = [
  w("نمر", "Nimr", "Nimer"), w("محل", "Mahal", "Mahel"), w("عيثة", "Aitha", "Aytha"), w("جاسم", "Jasim", "Jassim"),
  w("الزهراء", "al-Zahraa", "Zahra"), w("الصناعي", "al-Sinai", "Sinaa"), w("خليفة", "Khalifa", "Khalifeh"), w("عبيد", "Ubaid", "Obeid"),
  w("ضاري", "Dhari", "Dari"), w("حمد", "Hamad", "Hammad"), w("الرشاد", "al-Rashad", "Rashad"), w("سلطان", "Sultan"),
  w("بالي", "Bali", "Baly"), w("شهاب", "Shihab", "Chehab"), w("الكرامة", "al-Karama", "Karameh"), w("عكاب", "Akab", "Okab"),
];

/** Maghrebi quarters and villages, in the French spellings used locally ("Cité Ennasr", "Douar Ouled Ali"). */
export const MAGHREB_HEADS: readonly WrittenName[] = [
  w("حي", "Cité", "Hay", "Hai"), w("دوار", "Douar", "Dowar"), w("حومة", "Houmt", "Houma"), w("أولاد", "Ouled", "Oulad", "Awlad"),
];

export const MAGHREB_ELEMENTS: readonly WrittenName[] = [
  w("النصر", "Ennasr", "En-Nasr", "al-Nasr"), w("الزهور", "Ezzouhour", "Ez-Zouhour"), w("التضامن", "Ettadhamen", "Ettadamon"),
  w("الخضراء", "El Khadra", "Lakhdar"), w("سيدي عمر", "Sidi Omar", "Sidi Amor"), w("الرياض", "Er-Riadh", "Riad"),
  w("بن عروس", "Ben Arous", "Benarous"), w("المحمدي", "El Mohammedi", "Mohammedia"), w("القصبة", "El Kasba", "Kasbah"),
  w("بوعلي", "Bou Ali", "Bouali"),
];

/** Kurdish: "Kani" (spring), "Gird/Girê" (hill), "Deşt" (plain) with a colour or feature. */
export const KURDISH_HEADS: readonly WrittenName[] = [
  w("کانی", "Kani", "Kanî", "Kaniy"), w("گردی", "Girdi", "Girê", "Gird"), w("دەشتی", "Dashti", "Deşta"), w("گوندی", "Gundi", "Gundê"),
];

export const KURDISH_ELEMENTS: readonly WrittenName[] = [
  w("سپی", "Spi", "Spî"), w("ڕەش", "Resh", "Reş"), w("سوور", "Sur", "Sor"), w("ماسی", "Masi", "Masî"), w("گوڵ", "Gul", "Gol"),
  w("بەرد", "Bard", "Berd"), w("شین", "Shin", "Şîn"), w("ژاڵە", "Zhala", "Jale"), w("بەفر", "Bafr", "Befr"), w("چنار", "Chinar", "Çinar"),
];

/** Turkish villages: an adjective fused to a noun ("Karapınar"), written as one word with "köyü" or as a neighbourhood. */
export const TURKISH_ADJECTIVES: readonly string[] = [
  "Yeni", "Kara", "Ak", "Kızıl", "Sarı", "Eski", "Büyük", "Küçük", "Yukarı", "Aşağı", "Gök", "Çam",
];
export const TURKISH_NOUNS: readonly string[] = [
  "köy", "pınar", "tepe", "ören", "su", "dere", "ova", "kuyu", "yurt", "bağ", "kaya", "göl",
];
export const TURKISH_SUFFIXES: readonly string[] = ["", " köyü", " Mahallesi", " Mah."];

/** European districts a returnee or a family in Europe would give; real places at district level. */
export const EUROPEAN_DISTRICTS = {
  french: ["Le Mirail", "L'Ariane", "Les Minguettes", "La Duchère", "Les Tarterêts", "Le Val-Fourré", "Les Izards", "La Paillade", "Les Quartiers Nord", "La Grande-Borne"],
  belgian: ["Molenbeek", "Schaerbeek", "Anderlecht", "Borgerhout", "Kuregem", "Laeken", "Kiel", "Hoboken", "Marchienne-au-Pont", "Droixhe"],
  british: ["Sparkhill", "Moss Side", "Ladywood", "Alum Rock", "Savile Town", "Small Heath", "Cheetham Hill", "Shadwell", "Bury Park", "Lozells"],
} satisfies Record<string, readonly string[]>;
