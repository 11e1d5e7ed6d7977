// Kurdish names. Latin spellings mix Kurmanji orthography (ş, ê, î, û, x) with the English
// transliterations Sorani speakers use; the Arabic-script form follows Sorani spelling with
// the letters an Arabic keyboard lacks (ک ی ە ڕ ڵ ێ ۆ ڤ ژ گ), which a detector must not miss.
import { w, type FamilyName, type WrittenName } from "./written-name";

export const KURDISH_MALE: readonly WrittenName[] = [
  w("ئازاد", "Azad", "Azat"),
  w("کاوە", "Kawa", "Kawe", "Kaveh"),
  w("ڕێبوار", "Rêbwar", "Rebwar", "Rebuar"),
  w("کاروان", "Karwan"),
  w("شێرزاد", "Sherzad", "Şêrzad", "Shirzad"),
  w("ئارام", "Aram"),
  w("دانا", "Dana"),
  w("بەختیار", "Bakhtiyar", "Bextiyar", "Bakhtiar"),
  w("هاوکار", "Hawkar"),
  w("زانا", "Zana"),
  w("شوان", "Shwan", "Şivan", "Shivan"),
  w("هێمن", "Hêmin", "Hemin"),
  w("شاهۆ", "Shaho", "Şaho"),
  w("هۆگر", "Hogr", "Hogir"),
  w("سەربەست", "Sarbast", "Serbest"),
  w("ڕەنج", "Ranj", "Renc"),
  w("گۆران", "Goran"),
  w("دڵشاد", "Dilshad", "Dilşad", "Delshad"),
  w("بەرزان", "Barzan", "Berzan"),
  w("باران", "Baran"),
  w("ڕۆژهات", "Rojhat", "Rozhat"),
  w("وڵات", "Welat", "Walat"),
  w("هەژار", "Hejar", "Hazhar", "Hezhar"),
  w("سۆران", "Soran"),
  w("کارزان", "Karzan"),
  w("ئاسۆ", "Aso"),
  w("نەوزاد", "Nawzad", "Newzad"),
  w("دیار", "Diyar", "Dyar"),
  w("کامەران", "Kamaran", "Kameran"),
  w("هۆشیار", "Hoshyar", "Hoşyar"),
  w("شێروان", "Sherwan", "Şêrwan", "Shervan"),
  w("مەحمود", "Mahmud", "Mehmûd", "Mahmood"),
  w("ئەحمەد", "Ahmad", "Ehmed"),
  w("محەمەد", "Mohammed", "Mihemed", "Muhamad"),
  w("حەسەن", "Hassan", "Hesen"),
  w("عەلی", "Ali", "Elî"),
  w("سلێمان", "Sleman", "Suleiman", "Silêman"),
];

export const KURDISH_FEMALE: readonly WrittenName[] = [
  w("نەسرین", "Nasrin", "Nesrîn"),
  w("شیلان", "Shilan", "Şîlan"),
  w("ژیان", "Zhiyan", "Jiyan", "Jian"),
  w("هێرۆ", "Hero", "Hêro"),
  w("ژیلا", "Zhila", "Jila"),
  w("ڕۆژین", "Rozhin", "Rojîn", "Rojin"),
  w("بەریڤان", "Berivan", "Bêrîvan", "Bariwan"),
  w("ڤیان", "Viyan", "Vian"),
  w("ئاڤین", "Avin", "Avîn"),
  w("گوڵستان", "Gulistan", "Gulstan"),
  w("شیرین", "Shirin", "Şîrîn"),
  w("نازدار", "Nazdar"),
  w("سۆزان", "Sozan", "Suzan"),
  w("کاژاڵ", "Kazhal", "Kajal"),
  w("تارا", "Tara"),
  w("فاتمە", "Fatma", "Fatime"),
  w("ئامینە", "Amina", "Emîne"),
];

/** Sorani families (tribal and place names) and the short Kurmanji family names of Syria. */
export const KURDISH_FAMILIES: readonly FamilyName[] = [
  w("هەورامی", "Hawrami", "Hewramî", "Hawramy"), w("موکریانی", "Mukriyani", "Mukriani"),
  w("بەرزنجی", "Barzinji", "Berzencî", "Barzanji"), w("ڕێکانی", "Rekani", "Rêkanî"), w("دۆسکی", "Doski", "Doskî"),
  w("برادۆستی", "Bradosti", "Biradostî"), w("هەرکی", "Harki", "Herkî"), w("سورچی", "Surchi", "Surçî"),
  w("جاف", "Jaf", "Caf"), w("زەنگەنە", "Zangana", "Zengene"), w("پشدەری", "Pishdari", "Pişderî"),
  w("سندی", "Sindi", "Sîndî"), w("گەردی", "Gardi", "Gerdî"), w("خۆشناو", "Khoshnaw", "Xoşnaw"),
  w("ڕەسوڵ", "Rasul", "Resûl", "Rasool"), w("عەبدوڵڵا", "Abdulla", "Ebdulla"), w("ساڵح", "Salih", "Saleh"),
  w("شێخۆ", "Sheikho", "Şêxo", "Shekho"), w("حەمۆ", "Hamo", "Hemo", "Hammo"), w("ئیبۆ", "Ibo", "Îbo"),
  w("کالۆ", "Kalo"), w("دەروێش", "Darwesh", "Derwêş"), w("تەمۆ", "Temo", "Tamo"),
  w("بۆزان", "Bozan"), w("بیرۆ", "Biro", "Bîro"), w("جومعە", "Juma", "Cuma"),
  w("مەلا", "Mala", "Mele", "Mullah"), w("کەریمی", "Karimi", "Kerîmî"),
];

/** Kurdish nicknames: "Kak" (brother, Sorani) and "Mam" (uncle, Kurmanji) before a name, or a colour after it. */
export const KURDISH_HONORIFICS: readonly WrittenName[] = [
  w("کاک", "Kak", "Kaka"),
  w("مام", "Mam", "Mamo"),
];

export const KURDISH_EPITHETS: readonly WrittenName[] = [
  w("سوور", "Sor", "Soor"), // red (hair or beard)
  w("ڕەش", "Resh", "Reş"), // black
  w("شێت", "Shet", "Şêt"), // crazy
  w("کوێر", "Kwer", "Kor"), // one-eyed
];
