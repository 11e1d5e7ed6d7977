// What follows "Abu"/"Umm" in a nom de guerre, and the nisbas (adjectives of origin) that
// complete it. Ordered by frequency: "Abu Muhammad" alone is shared by many fighters, the
// nisba is what narrows it down to one person, and it leaks the person's origin too.
import { al, w, type ArticleName, type WrittenName } from "./written-name";

export const KUNYA_NAMES: readonly WrittenName[] = [
  w("محمد", "Muhammad", "Mohammed", "Mohamed"), w("عبد الله", "Abdullah", "Abdallah"), w("عمر", "Omar", "Umar"),
  w("حمزة", "Hamza", "Hamzah"), w("علي", "Ali"), w("يوسف", "Yusuf", "Youssef", "Yousef"), w("خالد", "Khalid", "Khaled"),
  w("أحمد", "Ahmad", "Ahmed"), w("حفص", "Hafs", "Hafss"), w("طلحة", "Talha", "Talhah"), w("دجانة", "Dujana", "Dujanah", "Doujana"),
  w("قتادة", "Qatada", "Qatadah", "Katada"), w("هريرة", "Hurayra", "Huraira", "Hureira"), w("عبيدة", "Ubayda", "Obaida", "Ubaidah"),
  w("مصعب", "Musab", "Mus'ab", "Mosab"), w("صهيب", "Suhaib", "Suhayb"), w("أنس", "Anas"), w("جندل", "Jandal"),
  w("تراب", "Turab", "Torab"), w("خطاب", "Khattab", "Khatab"), w("الوليد", "al-Walid", "Walid"), w("صالح", "Salih", "Saleh"),
  w("أسامة", "Usama", "Osama", "Oussama"), w("حذيفة", "Hudhayfa", "Huthaifa", "Houdaifa"), w("الزبير", "al-Zubayr", "Zubair"),
  w("مريم", "Maryam", "Mariam"), w("معاذ", "Muadh", "Moaz", "Mu'adh"), w("لقمان", "Luqman", "Lokman"), w("يحيى", "Yahya", "Yehia"),
  w("زكريا", "Zakariya", "Zakaria"), w("إبراهيم", "Ibrahim"), w("إسماعيل", "Ismail"), w("داود", "Dawud", "Daoud", "Dawood"),
  w("سليمان", "Sulayman", "Suleiman", "Sleiman"), w("عائشة", "Aisha"), w("البراء", "al-Baraa", "Baraa"), w("قسورة", "Qaswara", "Qaswarah"),
  w("عاصم", "Asim", "Assem"), w("مجاهد", "Mujahid", "Moujahid"), w("سياف", "Sayyaf", "Sayaf"), w("ثابت", "Thabit", "Thabet"),
];

export const UMM_NAMES: readonly WrittenName[] = [
  w("محمد", "Muhammad", "Mohammed"), w("عبد الله", "Abdullah"), w("صفية", "Safiya", "Safiyya", "Safia"), w("مريم", "Maryam", "Mariam"),
  w("عائشة", "Aisha", "Aicha"), w("يوسف", "Yusuf", "Youssef"), w("خطاب", "Khattab"), w("حمزة", "Hamza"),
  w("سمية", "Sumayya", "Sumaya"), w("عبيدة", "Ubayda", "Obaida"), w("الليث", "al-Layth", "Layth", "Laith"), w("آدم", "Adam"),
  w("عيسى", "Isa", "Issa"), w("طلحة", "Talha"), w("البراء", "al-Baraa"), w("حفصة", "Hafsa"), w("رقية", "Ruqayya", "Roqaya"),
];

/** A nisba with its Latin stem, Arabic form (with article) and feminine forms ("-iya", "ـية"). */
export type Nisba = ArticleName;

export const NISBAS = {
  levant: [
    al("شامي", "Shami", "Chami", "Shamy"), al("حلبي", "Halabi", "Halaby"), al("حمصي", "Homsi", "Himsi"),
    al("حموي", "Hamawi", "Hamwi"), al("إدلبي", "Idlibi", "Edlibi"), al("ديري", "Deiri", "Dayri"), al("سوري", "Suri", "Souri"),
    al("رقاوي", "Raqqawi", "Rakkawi"), al("حوراني", "Hourani", "Hurani"),
  ],
  iraq: [
    al("عراقي", "Iraqi", "Iraki"), al("موصلي", "Mawsili", "Mosuli", "Moslawi"), al("أنباري", "Anbari", "Anbary"),
    al("فلوجي", "Falluji", "Fallujawi"), al("تكريتي", "Tikriti"), al("كركوكي", "Kirkuki", "Karkuki"), al("ديالي", "Diyali"),
  ],
  gulf: [
    al("جزراوي", "Jazrawi", "Jazarawi"), al("كويتي", "Kuwaiti", "Kuweiti"), al("قطري", "Qatari", "Katari"),
    al("بحريني", "Bahraini", "Bahrayni"), al("يمني", "Yemeni", "Yamani"), al("نجدي", "Najdi", "Nejdi"), al("عماني", "Omani"),
  ],
  maghreb: [
    al("تونسي", "Tunisi", "Tounsi", "Tunsi"), al("مغربي", "Maghribi", "Maghrebi"), al("جزائري", "Jazairi", "Djazairi"),
    al("ليبي", "Libi", "Libbi"), al("مصري", "Masri", "Misri"),
  ],
  kurdish: [al("كردي", "Kurdi", "Kurdy")],
  turkish: [al("تركي", "Turki", "Turky")],
  french: [al("فرنسي", "Faransi", "Firansi", "Fransi")],
  belgian: [al("بلجيكي", "Beljiki", "Belgiki", "Baljiki")],
  british: [al("بريطاني", "Britani", "Britany", "Baritani")],
  /** Not about origin, but common and equally part of the alias. */
  generic: [al("مهاجر", "Muhajir", "Mouhajir"), al("أنصاري", "Ansari"), al("أثري", "Athari"), al("سلفي", "Salafi")],
} satisfies Record<string, readonly Nisba[]>;

export type NisbaRegion = keyof typeof NISBAS;

/** Turkish fighters wrote kunyas in Turkish spelling: "Ebu Hanzala el-Türki". */
export const TURKISH_KUNYA_PREFIX = { abu: ["Ebu", "Ebû"], umm: ["Ümmü", "Ummu"], article: ["el-", "et-"] } as const;
