// Jobs and occupations (head nouns; modifiers such as "lorry", "primary school" or "non-
// commissioned" are picked up before them). Someone's trade narrows a village down to a few
// people, so a job said of a person ("he was a pharmacist", "worked as a mechanic") is a
// quasi-identifier. Roles inside armed groups are in roles.ts and are flagged everywhere.

export const PROFESSIONS_LATIN = [
  "accountant", "actor", "actress", "administrator", "advocate", "agent", "agronomist", "analyst", "announcer", "anchorman",
  "apprentice", "architect", "artisan", "artist", "assistant", "athlete", "attorney", "auditor", "baker", "banker", "barber",
  "barrister", "bartender", "beautician", "blacksmith", "bookkeeper", "bricklayer", "broker", "builder", "bureaucrat",
  "businessman", "businesswoman", "butcher", "buyer", "cameraman", "captain", "caretaker", "carpenter", "cashier", "chauffeur",
  "chef", "chemist", "cleaner", "clerk", "coach", "cobbler", "commander", "conscript", "constable", "consultant", "contractor",
  "cook", "corporal", "correspondent", "counsellor", "counselor", "courier", "craftsman", "dancer", "dentist", "designer",
  "detective", "developer", "diplomat", "director", "dispatcher", "doctor", "driver", "economist", "editor", "editor-in-chief",
  "electrician", "employee", "engineer", "entrepreneur", "farmer", "fisherman", "fitter", "firefighter", "fireman",
  "footballer", "foreman", "gardener", "geologist", "goldsmith", "guard", "guide", "hairdresser", "headmaster", "headmistress",
  "herder", "historian", "housekeeper", "imam", "inspector", "instructor", "interpreter", "janitor", "jeweller", "jeweler",
  "journalist", "judge", "labourer", "laborer", "lawyer", "lecturer", "librarian", "lieutenant", "locksmith", "lorry driver",
  "machinist", "manager", "mason", "mechanic", "medic", "merchant", "midwife", "miner", "minister", "missionary", "model",
  "musician", "notary", "nurse", "officer", "official", "operator", "optician", "painter", "paramedic", "pharmacist",
  "photographer", "physician", "physicist", "physiotherapist", "pilot", "plasterer", "plumber", "poet", "policeman",
  "policewoman", "porter", "postman", "practitioner", "owner", "proprietor", "founder", "chairman", "chairwoman", "preacher", "priest", "principal", "printer", "producer", "professor", "programmer",
  "prosecutor", "psychiatrist", "psychologist", "publisher", "rabbi", "receptionist", "reporter", "researcher", "sailor",
  "salesman", "saleswoman", "scientist", "secretary", "sergeant", "servant", "shepherd", "shoemaker", "shopkeeper", "singer",
  "smith", "smuggler", "social worker", "soldier", "solicitor", "student", "supervisor", "surgeon", "surveyor", "tailor", "taxi driver",
  "teacher", "technician", "trader", "translator", "tutor", "typist", "vendor", "veterinarian", "vet", "waiter", "waitress",
  "watchman", "weaver", "welder", "worker", "writer",
];

export const PROFESSIONS_ARABIC = [
  "طبيب", "طبيبة", "مهندس", "مهندسة", "معلم", "معلمة", "مدرس", "مدرسة", "محامي", "محامية", "ممرض", "ممرضة", "صيدلي", "صيدلانية",
  "سائق", "خباز", "حداد", "نجار", "حلاق", "خياط", "خياطة", "ميكانيكي", "كهربائي", "مزارع", "راعي", "تاجر", "بائع", "موظف", "موظفة",
  "صحفي", "صحفية", "طالب", "طالبة", "جندي", "شرطي", "عامل", "عاملة", "محاسب", "مترجم", "إمام", "خطيب", "مصور", "بناء", "دهان", "مهرب", "مهرباً",
];
