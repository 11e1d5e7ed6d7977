// Words and names that stay in published text: countries, the group's own names, faith
// vocabulary, platforms and widely known public figures. These suppress only the weak
// "unknown capitalised word" guess, never a pattern, gazetteer or dictionary hit.
import { WORLD_COUNTRIES } from "./countries";

export const COUNTRIES = [
  "Syria", "Iraq", "Turkey", "Türkiye", "Lebanon", "Jordan", "Israel", "Palestine", "Egypt", "Libya", "Tunisia", "Algeria",
  "Morocco", "Saudi Arabia", "Yemen", "Kuwait", "Qatar", "Bahrain", "Oman", "Emirates", "United Arab Emirates", "UAE", "Iran",
  "Afghanistan", "Pakistan", "India", "Indonesia", "Malaysia", "Philippines", "Russia", "Chechnya", "Dagestan", "Georgia",
  "Azerbaijan", "Uzbekistan", "Tajikistan", "Kazakhstan", "Kyrgyzstan", "Turkmenistan", "China", "Sudan", "Somalia", "Mali",
  "Nigeria", "Belgium", "France", "Germany", "Netherlands", "Holland", "Britain", "Great Britain", "United Kingdom", "UK",
  "England", "Scotland", "Wales", "Sweden", "Denmark", "Norway", "Finland", "Austria", "Switzerland", "Spain", "Italy",
  "Portugal", "Bosnia", "Kosovo", "Albania", "Macedonia", "Greece", "Bulgaria", "Europe", "America", "United States", "USA",
  "US", "Canada", "Australia", "Middle East", "Gulf", "Africa", "Asia", "Caucasus", "Balkans", "Kurdistan", "Levant", "Sham",
]

export const SAFE_LATIN = [
  ...COUNTRIES,
  ...WORLD_COUNTRIES,
  "Islamic State", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "ISIS", "ISIL", "IS", "Daesh",
  "Daish", "Dawla", "the State", "Caliphate", "Khilafa", "Khilafah", "Allah", "God", "Prophet", "Quran", "Koran", "Qur'an",
  "Islam", "Muslim", "Muslims", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Alawite", "Alawites", "Christian", "Christians",
  "Yazidi", "Yazidis", "Ezidi", "Sharia", "Sheikh", "Eid", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday",
  "Sunday", "Arabic", "English", "SDF", "YPG", "YPJ", "PKK", "PYD", "Peshmerga", "Hezbollah", "Assad", "Bashar al-Assad",
  "Erdogan", "Erdoğan", "Putin", "Obama", "Trump", "Biden", "Abu Bakr al-Baghdadi", "al-Baghdadi", "Baghdadi",
  "Abu Muhammad al-Adnani", "al-Adnani", "Adnani", "Abu Musab al-Zarqawi", "al-Zarqawi", "Zarqawi", "Osama bin Laden",
  "bin Laden", "Ayman al-Zawahiri", "al-Zawahiri", "Zawahiri", "Captagon", "Marlboro", "Kalashnikov", "Toyota", "Hilux",
  "Land Cruiser", "Telegram", "WhatsApp", "Facebook", "Instagram", "Twitter", "TikTok", "YouTube", "Signal", "Skype", "Google",
  "Viber", "Internet", "Red Crescent", "Red Cross", "UN", "UNHCR", "NGO", "Coalition", "Western", "West", "Jihad", "Jihadi",
  "Jihadis", "Mujahideen", "Mujahid", "Muhajir", "Muhajireen", "Ansar", "Ramadan", "Hijra", "Salafi", "Wahhabi", "Takfiri",
  "Q", "A", "I", "OK", "Okay", "Mr", "Dr", "TV", "DRAFT", "NOTE", "NOTES", "INTERVIEW", "TRANSCRIPT", "Dollar", "Dollars",
  "Lira", "Euro", "Euros", "Inshallah", "Mashallah", "Alhamdulillah", "Bismillah", "Subhanallah", "Allahu Akbar", "Hamdulillah",
  "Regime", "Free", "Interviewer", "Interviewee", "Researcher", "Editor", "Subject", "Speaker", "Witness", "Source", "Caption",
  // places and people of history that carry a kunya: naming them names no source
  "Abu Dhabi", "Abu Ghraib", "Abu Kamal", "Albu Kamal", "Umm Qasr", "Umm al-Qura", "Umm Kulthum", "Abu Bakr", "Abu Bakr al-Siddiq",
  "Abu Hurayrah", "Abu Hurairah", "Abu Hanifa", "Abu Hanifah", "Abu Talib", "Abu Lahab", "Abu Jahl", "Abu Dharr", "Abu Sufyan",
]

export const SAFE_ARABIC = [
  "سوريا", "العراق", "تركيا", "لبنان", "الأردن", "مصر", "ليبيا", "تونس", "الجزائر", "المغرب", "السعودية", "اليمن",
  "أوروبا", "ألمانيا", "فرنسا", "بلجيكا", "بريطانيا", "هولندا", "روسيا", "أمريكا", "الدولة الإسلامية", "داعش", "التنظيم",
  "الدولة", "الخلافة", "الله", "الإسلام", "المسلمين", "مسلمين", "القرآن", "الشريعة", "النظام", "بشار الأسد", "الأسد",
  "أبو بكر البغدادي", "البغدادي", "أبو محمد العدناني", "العدناني", "الزرقاوي", "قسد", "الأكراد", "الإيزيديين", "الإيزيدية",
  "الكبتاغون", "واتساب", "تلغرام", "فيسبوك",
  "أبو ظبي", "أبوظبي", "أبو غريب", "أبو كمال", "البوكمال", "أم قصر", "أم القرى", "أم كلثوم", "أبو بكر", "أبو بكر الصديق", "أبو هريرة",
  "أبو حنيفة", "أبو طالب", "أبو لهب", "أبو جهل", "أبو ذر", "أبو سفيان",
]
