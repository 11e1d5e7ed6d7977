// Arabic family names by region. Family names are far more distinctive than given names,
// so they are picked uniformly; names of notorious real people are left out on purpose.
import { al, w, type FamilyName } from "./written-name";

export const LEVANTINE_FAMILIES: readonly FamilyName[] = [
  w("حداد", "Haddad", "Hadad"), al("أحمد", "Ahmad", "Ahmed"), al("حسن", "Hassan", "Hasan"),
  al("خليل", "Khalil", "Khaleel"), w("درويش", "Darwish", "Derwish"), w("شاهين", "Shaheen", "Chahine", "Shahin"),
  w("حمدان", "Hamdan"), al("خطيب", "Khatib", "Khateeb"), w("قاسم", "Qassem", "Kassem", "Qasim"),
  w("صباغ", "Sabbagh", "Sabagh"), w("نجار", "Najjar", "Najar"), al("عطار", "Attar", "Atar"),
  w("حموي", "Hamwi", "Hamawi"), w("طحان", "Tahhan", "Tahan"), w("عبود", "Abboud", "Aboud"),
  w("جابر", "Jaber", "Jabir"), w("منصور", "Mansour", "Mansur"), w("عساف", "Assaf", "Asaf"),
  w("ياسين", "Yassin", "Yasin"), w("عثمان", "Othman", "Osman"), w("حمود", "Hammoud", "Hamoud"),
  w("مصري", "Masri", "Masry"), w("صواف", "Sawwaf", "Sawaf"), w("كيالي", "Kayyali", "Kayali"),
  w("جمعة", "Jumaa", "Jouma", "Joumaa"), w("حلاق", "Hallak", "Hallaq"), w("فاخوري", "Fakhouri", "Fakhoury"),
  w("رسلان", "Raslan", "Ruslan"), w("ديب", "Deeb", "Dib"), w("عقاد", "Akkad", "Aqqad"),
  w("بيطار", "Bitar", "Baytar"), w("كنعان", "Kanaan", "Kanan"), w("بركات", "Barakat"),
  w("ظاهر", "Daher", "Dhaher", "Zaher"), al("زعبي", "Zoubi", "Zuabi"), w("مقداد", "Miqdad", "Mekdad"),
  w("سكر", "Sukkar", "Soukkar"), w("هلال", "Hilal", "Hilel"), w("مارديني", "Mardini", "Mardeeni"),
  w("سراج", "Sarraj", "Serraj"), al("رفاعي", "Rifai", "Rifaie", "Refai"), w("شلبي", "Shalabi", "Chalabi"),
  w("أبو زيد", "Abu Zeid", "Abou Zeid", "Abu Zaid"), w("أبو شعر", "Abu Shaar", "Abou Chaar"), w("عبدو", "Abdo", "Abdou"),
  w("عيسى", "Issa", "Eissa"), w("موسى", "Moussa", "Musa"), w("غزال", "Ghazal", "Ghazzal"),
  w("قطان", "Qattan", "Kattan"), w("نحاس", "Nahhas", "Nahas"), w("حلاوة", "Halawa", "Halaweh"),
  w("قدور", "Kaddour", "Qaddour"), w("صالح", "Saleh", "Salih"), w("عجاج", "Ajaj", "Ajjaj"),
  al("حاج علي", "Haj Ali", "Hajj Ali"), w("الشيخ موسى", "Sheikh Moussa", "Cheikh Moussa"), w("دندل", "Dandal"),
];

export const IRAQI_FAMILIES: readonly FamilyName[] = [
  al("دليمي", "Dulaimi", "Dulaymi", "Duleimi"), al("جبوري", "Jubouri", "Jabouri", "Juburi"),
  al("عبيدي", "Obeidi", "Obaidi", "Ubaydi"), al("جنابي", "Janabi", "Jannabi"),
  al("سامرائي", "Samarrai", "Samarai", "Samarraie"), al("عاني", "Ani", "Aani"), al("راوي", "Rawi", "Rawy"),
  al("هيتي", "Hiti", "Heeti"), al("مشهداني", "Mashhadani", "Mashadani"), al("عزاوي", "Azzawi", "Azawi"),
  al("كربولي", "Karbouli", "Karbuli"), al("عيساوي", "Issawi", "Eisawi"), al("شمري", "Shammari", "Shamari"),
  al("تميمي", "Tamimi", "Tameemi"), al("زبيدي", "Zubaidi", "Zubeidi", "Zoubaidi"), al("خزرجي", "Khazraji"),
  al("لهيبي", "Lahibi", "Lheibi"), al("محمدي", "Mohammadi", "Muhammadi"), al("فهداوي", "Fahdawi"),
  al("علواني", "Alwani", "Elwani"), al("جميلي", "Jumaili", "Jumayli"), al("نعيمي", "Nuaimi", "Naimi"),
  al("حمداني", "Hamdani"), al("بياتي", "Bayati", "Bayyati"), al("قيسي", "Qaisi", "Qaysi", "Kaisi"),
  al("دوري", "Duri", "Douri"), al("بدري", "Badri", "Badry"), al("حديثي", "Hadithi", "Hadeethi"),
  al("كبيسي", "Kubaisi", "Kubaysi"), al("عكيدي", "Ukaidi", "Akidi"), al("سبعاوي", "Sabawi", "Sabaawi"),
  al("طائي", "Tai", "Taee", "Taie"), al("حيالي", "Hayali", "Hayyali"), al("صميدعي", "Sumaidaie", "Sumaydai"),
];

export const GULF_FAMILIES: readonly FamilyName[] = [
  al("عتيبي", "Otaibi", "Oteibi", "Utaybi"), al("قحطاني", "Qahtani", "Kahtani"), al("حربي", "Harbi"),
  al("غامدي", "Ghamdi"), al("زهراني", "Zahrani"), al("شهري", "Shehri", "Shahri"), al("مطيري", "Mutairi", "Mutayri"),
  al("دوسري", "Dosari", "Dossary", "Dawsari"), al("عنزي", "Anazi", "Enezi", "Anzi"), al("عجمي", "Ajmi", "Ajami"),
  al("كواري", "Kuwari", "Kuwary"), al("مري", "Marri", "Murri"), al("هاجري", "Hajri", "Hajeri"),
  al("سبيعي", "Subaie", "Subaiei"), al("رشيدي", "Rashidi", "Rasheedi"), al("بلوشي", "Balushi", "Baloushi"),
  al("يامي", "Yami"), al("أسمري", "Asmari"), al("مالكي", "Malki", "Maliki"), al("عمري", "Amri", "Omari"),
  al("شهراني", "Shahrani"), al("بقمي", "Buqami", "Bogami"), al("جهني", "Juhani", "Johani"),
];

/** Maghrebi families keep "Ben"/"Bou" prefixes and French spellings, also in Europe. */
export const MAGHREBI_FAMILIES: readonly FamilyName[] = [
  w("بن علي", "Benali", "Ben Ali", "Ben-Ali"), w("بن صالح", "Ben Salah", "Bensalah"), w("بوعزيزي", "Bouazizi", "Bouazzizi"),
  w("طرابلسي", "Trabelsi", "Trabelssi"), w("جلاصي", "Jlassi", "Jelassi"), w("حمامي", "Hammami", "Hamami"),
  w("غربي", "Gharbi", "Ghorbi"), w("ماجري", "Mejri", "Majri"), w("عياري", "Ayari", "Ayyari"),
  w("دريدي", "Dridi"), w("بوزيد", "Bouzid", "Bouzide"), w("شعبان", "Chaabane", "Chaabani", "Shaaban"),
  w("بن عمر", "Ben Amor", "Benamor", "Ben Omar"), w("العمراني", "El Amrani", "Elamrani", "Amrani"),
  w("بنجلون", "Benjelloun", "Ben Jelloun"), w("بناني", "Bennani", "Benani"), w("العلوي", "Alaoui", "El Alaoui"),
  w("الإدريسي", "Idrissi", "El Idrissi"), w("التازي", "Tazi", "Tazy"), w("الفاسي", "El Fassi", "Fassi"),
  w("برادة", "Berrada", "Berada"), w("والي", "Ouali", "Wali"), w("بلقاسم", "Belkacem", "Belkassem", "Belgacem"),
  w("حدادي", "Haddadi", "Hadadi"), w("منصوري", "Mansouri", "Mansuri"), w("سعيدي", "Saidi", "Saïdi"),
  w("زروقي", "Zerrouki", "Zerouki"), w("قاسي", "Kaci", "Kaki"), w("مزيان", "Meziane", "Meziani"),
  w("شريف", "Cherif", "Chérif", "Sharif"), w("براهيمي", "Brahimi", "Ibrahimi"), w("بلحاج", "Belhadj", "Bel Hadj"),
  w("سليماني", "Slimani", "Sliman"), w("آيت أحمد", "Ait Ahmed", "Aït Ahmed"), w("بوشارب", "Bouchareb", "Boucharab"),
  w("تواتي", "Touati", "Touaty"), w("فرحات", "Ferhat", "Farhat"), w("الخطابي", "El Khattabi", "Khattabi"),
  w("لحلو", "Lahlou", "Lahlu"), w("زيتوني", "Zitouni", "Zaytouni"), w("مسعودي", "Messaoudi", "Masoudi"),
  w("رحموني", "Rahmouni", "Rahmuni"), w("العزوزي", "Azzouzi", "El Azzouzi"), w("البقالي", "El Bakkali", "Bakkali"),
  w("بوطالب", "Boutaleb", "Bou Taleb"), w("الشحبار", "Achahbar", "Chahbar"), w("بوحدي", "Bouhaddi", "Bouhadi"),
];
