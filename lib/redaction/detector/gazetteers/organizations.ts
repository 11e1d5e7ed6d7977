// Units, factions and offices. The group's own name is deliberately absent (see safe.ts).

export const ORGANIZATIONS_LATIN = [
  "Free Syrian Army", "Free Army", "FSA", "Jabhat al-Nusra", "al-Nusra", "Nusra Front", "Jabhat Fatah al-Sham",
  "Hayat Tahrir al-Sham", "HTS", "Ahrar al-Sham", "Jaysh al-Islam", "Jaish al-Islam", "Liwa al-Tawhid", "Nour al-Din al-Zenki",
  "Jund al-Aqsa", "Jaysh al-Thuwar", "Suqour al-Sham", "Faylaq al-Sham", "Jaysh al-Mujahideen", "Jaysh al-Fatah",
  "Amniyat", "Emni", "Cubs of the Caliphate", "Ashbal al-Khilafa", "Khansaa Brigade", "al-Khansaa", "Diwan al-Jund",
  "Diwan al-Hisba", "Diwan al-Zakat", "media office", "security office", "recruitment office", "oil diwan", "diwan",
  "katiba", "katibat", "liwa", "sariyya", "Shaitat", "Sheitat", "Shaitat tribe", "Albu Kamal tribe", "Jaysh Khalid ibn al-Walid",
  "Battar brigade", "Katibat al-Battar", "Jaysh al-Muhajireen wal-Ansar", "Sharia court", "Islamic court", "Hisba",
  "Amn al-Dawla", "Wilayat al-Raqqa", "Wilayat al-Khayr", "Wilayat Halab", "Wilayat Ninawa", "Wilayat al-Furat", "Wilayat",
]

export const ORGANIZATIONS_ARABIC = [
  "الجيش الحر", "جبهة النصرة", "النصرة", "أحرار الشام", "جيش الإسلام", "لواء التوحيد", "هيئة تحرير الشام", "الأمنيات",
  "أشبال الخلافة", "كتيبة الخنساء", "ديوان الجند", "ديوان الحسبة", "ديوان الزكاة", "المكتب الإعلامي", "الشعيطات", "ديوان",
  "كتيبة", "المحكمة الشرعية", "ولاية الخير", "ولاية الرقة", "ولاية حلب", "ولاية نينوى", "ولاية الفرات", "ولاية البركة",
]

/** Unit words that open a named unit: "Katibat al-Battar", "Liwa Dawud". */
export const UNIT_HEADS = "Katibat?|Kateebat?|Liwaa?|Jaysh|Jaish|Jabhat|Harakat|Kata'?ib|Saraya|Sariyy?at?|Ashbal|Diwan|Ahrar|Faylaq|Firqat|Jund|Wilayat|Ansar"
/** Unit words that close a named unit: "Battar Brigade", "Anwar al-Awlaki battalion". */
export const UNIT_TAILS = "Brigades?|Battalions?|Division|Regiment|Company|Front|Army|Corps|Katiba|Unit|Platoon|Squad|Office|Tribe|Clan|Militia|Council|Court|Diwan"
export const UNIT_HEADS_ARABIC = "كتيبة|كتائب|لواء|ألوية|جيش|جبهة|حركة|سرية|فيلق|ديوان|معسكر|مكتب|جهاز|عشيرة|قبيلة|ولاية|فرقة|محكمة"
