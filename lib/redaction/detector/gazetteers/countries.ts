// Every sovereign state (and a few territories) by its usual English names. Countries are
// safe on their own (see safe.ts); they matter only as the end of an address ("Wesel,
// Germany") or before "national" (see patterns/countries.ts).

export const WORLD_COUNTRIES = [
  "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia", "Australia",
  "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan",
  "Bolivia", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
  "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic", "Chad", "Chile", "China",
  "Colombia", "Comoros", "Congo", "Democratic Republic of the Congo", "Costa Rica", "Côte d'Ivoire", "Ivory Coast", "Croatia",
  "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Timor",
  "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland",
  "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
  "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
  "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
  "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
  "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
  "Mozambique", "Myanmar", "Burma", "Namibia", "Nepal", "Netherlands", "the Netherlands", "New Zealand", "Nicaragua", "Niger",
  "Nigeria", "North Korea", "North Macedonia", "Macedonia", "Norway", "Oman", "Pakistan", "Palestine", "Panama",
  "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
  "Russian Federation", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
  "Slovenia", "Somalia", "South Africa", "South Korea", "Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
  "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Türkiye",
  "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "Great Britain", "Britain", "England",
  "Scotland", "Wales", "Northern Ireland", "United States", "United States of America", "USA", "Uruguay", "Uzbekistan",
  "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Chechnya", "Dagestan", "Kurdistan", "Western Sahara",
  "Greenland", "Hong Kong", "Gaza", "West Bank",
];

/** The people of every country, and peoples and faiths that are a minority where they live. */
export const WORLD_DEMONYMS = [
  "Afghan", "Albanian", "Algerian", "American", "Andorran", "Angolan", "Argentine", "Argentinian", "Armenian", "Australian",
  "Austrian", "Azerbaijani", "Azeri", "Bahraini", "Bangladeshi", "Belarusian", "Belgian", "Beninese", "Bolivian", "Bosnian",
  "Brazilian", "British", "Bulgarian", "Burkinabe", "Burundian", "Cambodian", "Cameroonian", "Canadian", "Chadian", "Chilean",
  "Chinese", "Colombian", "Congolese", "Croatian", "Cuban", "Cypriot", "Greek-Cypriot", "Turkish-Cypriot", "Czech", "Danish",
  "Djiboutian", "Dominican", "Dutch", "Ecuadorian", "Egyptian", "Emirati", "English", "Eritrean", "Estonian", "Ethiopian",
  "Filipino", "Finnish", "French", "Gabonese", "Gambian", "Georgian", "German", "Ghanaian", "Greek", "Guatemalan", "Guinean",
  "Haitian", "Honduran", "Hungarian", "Icelandic", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian",
  "Ivorian", "Jamaican", "Japanese", "Jordanian", "Kazakh", "Kenyan", "Kosovar", "Kuwaiti", "Kyrgyz", "Lao", "Latvian",
  "Lebanese", "Liberian", "Libyan", "Lithuanian", "Luxembourgish", "Macedonian", "Malagasy", "Malawian", "Malaysian", "Malian",
  "Maltese", "Mauritanian", "Mexican", "Moldovan", "Mongolian", "Montenegrin", "Moroccan", "Mozambican", "Namibian", "Nepali",
  "Nepalese", "New Zealander", "Nicaraguan", "Nigerien", "Nigerian", "North Korean", "Norwegian", "Omani", "Pakistani",
  "Palestinian", "Panamanian", "Paraguayan", "Peruvian", "Polish", "Portuguese", "Qatari", "Romanian", "Russian", "Rwandan",
  "Saudi", "Scottish", "Senegalese", "Serbian", "Sierra Leonean", "Singaporean", "Slovak", "Slovenian", "Somali", "South African",
  "South Korean", "Spanish", "Sri Lankan", "Sudanese", "Surinamese", "Swedish", "Swiss", "Syrian", "Taiwanese", "Tajik",
  "Tanzanian", "Thai", "Togolese", "Tunisian", "Turkish", "Turkmen", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan",
  "Vietnamese", "Welsh", "Yemeni", "Zambian", "Zimbabwean",
  // peoples without a state of their own, and minority faiths
  "Kurd", "Kurds", "Kurdish", "Basque", "Catalan", "Sami", "Roma", "Romani", "Gypsy", "Gypsies", "Circassian", "Chechen",
  "Dagestani", "Ingush", "Tatar", "Uyghur", "Uighur", "Berber", "Amazigh", "Tuareg", "Assyrian", "Chaldean", "Druze", "Alevi",
  "Bedouin", "Rohingya", "Hazara", "Pashtun", "Baloch", "Flemish", "Walloon", "Jehovah's Witness", "Jehovah's Witnesses",
  "Orthodox", "Catholic", "Protestant", "Mormon", "Baha'i", "Ahmadi", "Ismaili", "Jewish", "Jew", "Jews",
];
