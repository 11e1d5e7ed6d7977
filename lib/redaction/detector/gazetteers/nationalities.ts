// Nationality, ethnicity and origin words, with the nisbas that kunyas carry.

export const NATIONALITIES_LATIN = [
  "Syrian", "Syrians", "Iraqi", "Iraqis", "Tunisian", "Tunisians", "Moroccan", "Moroccans", "Egyptian", "Egyptians", "Saudi",
  "Saudis", "Jordanian", "Jordanians", "Libyan", "Libyans", "Algerian", "Algerians", "Lebanese", "Palestinian", "Palestinians",
  "Yemeni", "Yemenis", "Kuwaiti", "Kuwaitis", "Emirati", "Qatari", "Bahraini", "Omani", "Sudanese", "Somali", "Somalis",
  "Chechen", "Chechens", "Dagestani", "Dagestanis", "Ingush", "Uzbek", "Uzbeks", "Tajik", "Tajiks", "Kazakh", "Kazakhs", "Kyrgyz",
  "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Turkmen", "Turkoman", "Turkish", "Turk", "Turks", "Kurdish", "Kurd", "Kurds",
  "Circassian", "Azeri", "Afghan", "Afghans", "Pakistani", "Pakistanis", "Indian", "Indonesian", "Indonesians", "Malaysian",
  "Filipino", "Albanian", "Albanians", "Bosnian", "Bosnians", "Kosovar", "Kosovars", "Belgian", "Belgians", "French",
  "Frenchman", "British", "Briton", "Britons", "English", "Scottish", "Welsh", "German", "Germans", "Dutch", "Dutchman",
  "Swedish", "Swede", "Swedes", "Danish", "Dane", "Danes", "Norwegian", "Finnish", "Austrian", "Austrians", "Swiss", "Spanish",
  "Spaniard", "Italian", "Portuguese", "Russian", "Russians", "Ukrainian", "Georgian", "Australian", "Australians", "American",
  "Americans", "Canadian", "Canadians", "Trinidadian", "Maldivian", "Gulf Arab", "Gulf Arabs", "Bedouin", "Bedouins", "Arab",
  "Maghrebi", "Berber", "Berbers", "Levantine", "Shami", "Caucasian",
  "al-Shami", "al-Masri", "al-Britani", "al-Almani", "al-Tunisi", "al-Iraqi", "al-Libi", "al-Maghribi", "al-Jazrawi",
  "al-Urduni", "al-Faransi", "al-Baljiki", "al-Beljiki", "al-Shishani", "al-Turki", "al-Kurdi", "al-Amriki", "al-Hollandi",
  "al-Suri", "al-Sudani", "al-Somali", "al-Afghani", "al-Uzbeki", "al-Tajiki", "al-Australi", "al-Swedi", "al-Dagestani",
  "al-Jazairi", "al-Yemeni", "al-Kuwaiti", "al-Halabi", "al-Homsi", "al-Deiri", "al-Raqqawi", "al-Mosuli", "al-Ansari",
  "al-Muhajir", "al-Hollandiya", "al-Almaniya", "al-Britaniya", "al-Faransiya", "al-Beljikiya",
]

export const NATIONALITIES_ARABIC = [
  "سوري", "عراقي", "تونسي", "مصري", "ليبي", "أردني", "سعودي", "مغربي", "جزائري", "شيشاني", "تركي", "كردي", "روسي", "أوزبكي",
  "طاجيكي", "فرنسي", "بريطاني", "ألماني", "بلجيكي", "هولندي", "سويدي", "أمريكي", "أميركي", "أسترالي", "سوداني", "صومالي",
  "يمني", "لبناني", "فلسطيني", "شامي", "ديري", "حلبي", "حمصي", "موصلي", "رقاوي", "إيغوري", "تركستاني", "أفغاني", "باكستاني",
  "خليجي", "جزراوي", "داغستاني", "كويتي", "قطري", "إماراتي", "بحريني", "عماني", "تركماني", "شركسي", "بدوي", "مهاجر", "أنصاري",
  "شيشان", "أكراد", "أتراك", "تونسيين", "مصريين",
]

/**
 * "Syrian regime", "the Turkish Government", "Austrian law" are the state, not a person's
 * origin; so is the state that keeps a file ("the Turkish file", "Spanish court records").
 * A passport or an ID card does say the holder's nationality, and stays flagged.
 */
export const NOT_NATIONALITY_AFTER = /^[\s-]*(?:regime|army|government|state|border|revolution|war|opposition|airforce|air force|pounds?|liras?|dinars?|schillings?|kronor|kroner|zlotys?|marks|francs|crowns|Democratic|Arab Army|Kurdistan|intelligence|authorities|coast|Code|Civil|Criminal|Penal|Constitution|Constitutional|Supreme|Federal|Parliament|Ministry|Minister|embassy|consulate|police|Republic|Convention|Union|Commission|Community|Parliament|file|court\s+file|records?|registry|archives?)\b/i;
