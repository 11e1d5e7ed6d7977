// Given names common among speakers and the people they mention. A hit starts a PERSON
// span that then grows over the family name. Very common Arabic nouns that double as
// names (إسلام، جهاد، إيمان…) are left out on purpose: they would flag half of any sermon.

export const GIVEN_NAMES_LATIN = [
  "Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Mehmet", "Mehmed", "Ahmed", "Ahmad", "Ahmet", "Ali", "Omar", "Umar",
  "Ömer", "Othman", "Uthman", "Osman", "Hassan", "Hasan", "Hussein", "Husein", "Hussain", "Huseyin", "Khaled", "Khalid", "Halid",
  "Karim", "Kareem", "Youssef", "Yousef", "Yusuf", "Yussuf", "Youcef", "Ibrahim", "Brahim", "Mustafa", "Moustafa", "Mostafa",
  "Hamza", "Hamzah", "Bilal", "Abdullah", "Abdallah", "Abdulla", "Abdel", "Abd", "Abdul", "Abdelkader", "Abdulrahman",
  "Abdelrahman", "Abderrahmane", "Abdulaziz", "Abdelaziz", "Abdelhamid", "Abdulkarim", "Abdelkarim", "Tariq", "Tarek", "Tarik",
  "Samer", "Samir", "Sameer", "Sami", "Samy", "Ziad", "Ziyad", "Zyad", "Firas", "Feras", "Fares", "Faris", "Wael", "Wail",
  "Walid", "Waleed", "Oualid", "Jamal", "Gamal", "Jamil", "Djamel", "Nabil", "Nabeel", "Nizar", "Rami", "Ramy", "Raed", "Ra'ed",
  "Yaser", "Yasser", "Yassir", "Yassine", "Yasin", "Yacine", "Bassam", "Basel", "Bashar", "Bashir", "Anas", "Anis", "Ammar",
  "Amar", "Ayman", "Aymen", "Imad", "Emad", "Ismail", "Ismael", "Ilyas", "Ilias", "Elias", "Ilyes", "Idris", "Driss", "Issa",
  "Isa", "Musa", "Moussa", "Mousa", "Yunus", "Younes", "Younis", "Yahya", "Yehia", "Zakaria", "Zakariya", "Suleiman", "Sulaiman",
  "Souleymane", "Dawud", "Daoud", "Dawood", "Harun", "Haroun", "Adnan", "Adil", "Adel", "Akram", "Amin", "Amine", "Ameen",
  "Anwar", "Ashraf", "Ayoub", "Ayyub", "Badr", "Fadi", "Fady", "Fahad", "Fahd", "Faisal", "Fayez", "Fawaz", "Fouad", "Fuad",
  "Ghassan", "Habib", "Hadi", "Haitham", "Haytham", "Hakim", "Hamid", "Hamed", "Hamdi", "Hani", "Hazem", "Hisham", "Houssam",
  "Hussam", "Husam", "Iyad", "Eyad", "Jaber", "Jabir", "Jalal", "Jihad", "Kamal", "Kamel", "Khalil", "Khaleel", "Louay", "Luay",
  "Loai", "Mahdi", "Mehdi", "Mahmoud", "Mahmud", "Mahmood", "Majid", "Majed", "Malik", "Malek", "Mansour", "Mansur", "Marwan",
  "Marouane", "Mazen", "Mazin", "Moaz", "Muath", "Muadh", "Mouaz", "Mohannad", "Muhannad", "Mounir", "Munir", "Murad", "Mourad",
  "Nabil", "Nader", "Nadir", "Naji", "Nasser", "Nasir", "Nawaf", "Nidal", "Noureddine", "Nour", "Noor", "Nur", "Omran", "Imran",
  "Osama", "Usama", "Oussama", "Qasim", "Qassim", "Kassem", "Kasim", "Rachid", "Rashid", "Rachid", "Ridwan", "Radwan", "Riad",
  "Riyad", "Riyadh", "Saad", "Saeed", "Said", "Saïd", "Saleh", "Salih", "Salah", "Salem", "Salim", "Selim", "Saif", "Sayf",
  "Sofiane", "Sufyan", "Soufiane", "Suhaib", "Suhayb", "Tamer", "Tamim", "Tawfiq", "Taha", "Talal", "Thamer", "Wassim", "Wasim",
  "Yazan", "Zaid", "Zayd", "Zeid", "Zuhair", "Zouhair", "Abbas", "Hadi", "Hamoud", "Mu'tasim", "Moatasem", "Obaida", "Ubaydah",
  "Oubaida", "Qutaiba", "Kutaiba", "Luqman", "Lokman", "Mus'ab", "Musab", "Mosab", "Hudhayfa", "Huzaifa", "Khattab", "Talha",
  "Zubair", "Zubayr", "Jafar", "Jaafar", "Ja'far", "Qatada", "Dujana", "Hafs", "Ubayda", "Bara", "Baraa", "Bakr", "Abbas",
  "Reda", "Ridha", "Redouane", "Rayan", "Rayyan", "Sabri", "Shadi", "Chadi", "Sharif", "Chérif", "Cherif", "Ziyad", "Hatem",
  "Hatim", "Fatima", "Fatma", "Fatimah", "Aisha", "Aicha", "Ayesha", "Aïcha", "Khadija", "Khadijah", "Maryam", "Mariam", "Meryem",
  "Zainab", "Zeinab", "Zaynab", "Asma", "Amal", "Amina", "Aminah", "Amira", "Ameera", "Hiba", "Heba", "Hala", "Huda", "Houda",
  "Hanan", "Hana", "Hanaa", "Layla", "Leila", "Laila", "Lina", "Lena", "Rania", "Rana", "Reem", "Rim", "Rima", "Safa", "Safaa",
  "Salma", "Samira", "Sara", "Sarah", "Souad", "Suad", "Sumaya", "Soumaya", "Sumayyah", "Wafa", "Yasmin", "Yasmine", "Jasmin",
  "Zahra", "Zohra", "Nadia", "Nadiya", "Najwa", "Nawal", "Nisreen", "Nesrine", "Rasha", "Rukhsana", "Ruqayya", "Ruqaya", "Shaima",
  "Shaimaa", "Sana", "Sanaa", "Dounia", "Dunya", "Ghada", "Ibtisam", "Inas", "Iman", "Imane", "Manal", "Malak", "Maysa", "Mona",
  "Muna", "Nour", "Ola", "Oula", "Randa", "Samar", "Siham", "Wissal", "Ahlam", "Alaa", "Asmaa", "Hajar", "Hayat", "Ikram",
  "Khawla", "Lubna", "Maha", "Nora", "Noura", "Rahaf", "Raghad", "Shahad", "Yusra", "Yousra", "Umayma",
  // European converts and second generation
  "Jonas", "Thomas", "Mathias", "Jérémie", "Kevin", "Maxime", "Nicolas", "Pierre", "Jean", "Lukas", "Dennis", "Denis",
  "Christian", "Sven", "Erik", "Jack", "Thomas", "Sean", "Jamie", "Liam", "Ryan", "Emilie", "Sophie", "Laura", "Anna",
]

export const GIVEN_NAMES_ARABIC = [
  "محمد", "أحمد", "علي", "عمر", "عثمان", "حسن", "حسين", "خالد", "كريم", "يوسف", "إبراهيم", "مصطفى", "حمزة", "بلال", "عبد",
  "عبدالله", "عبدالرحمن", "عبدالعزيز", "طارق", "سامر", "سمير", "سامي", "زياد", "فراس", "فارس", "وائل", "وليد", "جمال", "جميل",
  "نبيل", "نزار", "رامي", "رائد", "ياسر", "ياسين", "بسام", "باسل", "بشير", "أنس", "أنيس", "عمار", "أيمن", "عماد", "إسماعيل",
  "إلياس", "إدريس", "عيسى", "موسى", "يونس", "يحيى", "زكريا", "سليمان", "داود", "هارون", "عدنان", "عادل", "أكرم", "أمين",
  "أنور", "أشرف", "أيوب", "بدر", "فادي", "فهد", "فيصل", "فايز", "فواز", "فؤاد", "غسان", "حبيب", "هادي", "هيثم", "حكيم", "حامد",
  "حمدي", "هاني", "حازم", "هشام", "حسام", "إياد", "جابر", "جلال", "كمال", "خليل", "لؤي", "مهدي", "محمود", "ماجد", "مالك",
  "منصور", "مروان", "مازن", "معاذ", "مهند", "منير", "مراد", "نادر", "ناجي", "ناصر", "نواف", "نضال", "عمران", "أسامة", "قاسم",
  "رشيد", "رضوان", "رياض", "سعد", "سعيد", "صالح", "صلاح", "سالم", "سليم", "سيف", "سفيان", "صهيب", "تامر", "تميم", "توفيق",
  "طه", "طلال", "ثامر", "وسيم", "يزن", "زيد", "زهير", "عباس", "حمود", "معتصم", "عبيدة", "قتيبة", "لقمان", "مصعب", "حذيفة",
  "خطاب", "طلحة", "الزبير", "جعفر", "قتادة", "دجانة", "حفص", "البراء", "براء", "بكر", "رضا", "ريان", "صبري", "شادي", "شريف",
  "حاتم", "فاطمة", "عائشة", "خديجة", "مريم", "زينب", "أسماء", "آمنة", "أميرة", "هبة", "هالة", "هدى", "حنان", "ليلى", "لينا",
  "رانيا", "رنا", "ريم", "صفاء", "سلمى", "سميرة", "سارة", "سعاد", "سمية", "وفاء", "ياسمين", "زهراء", "نادية", "نجوى", "نوال",
  "نسرين", "رشا", "رقية", "شيماء", "سناء", "دنيا", "غادة", "ابتسام", "منال", "ملاك", "منى", "علا", "سمر", "سهام", "أحلام",
  "آلاء", "هاجر", "إكرام", "خولة", "لبنى", "مها", "نورا", "رهف", "رغد", "يسرى", "جهاد", "ليث", "عائشة", "وعد", "مهند",
  "فرحان", "عبود", "حمادة", "جاسم", "صدام", "عدي", "قصي", "مشعل", "سلطان", "شاكر", "ماهر", "نايف", "راشد", "حميد",
]

/** Words that join the parts of one name: "Abd al-Rahman", "Mehdi Ben Salah", "bint Khalid". */
export const NAME_LINKS_LATIN = new Set(["bin", "ibn", "ben", "bint", "abd", "abdel", "abdul", "de", "van", "der", "von", "ould"]);
export const NAME_LINKS_ARABIC = new Set(["بن", "ابن", "بنت", "عبد"]);
