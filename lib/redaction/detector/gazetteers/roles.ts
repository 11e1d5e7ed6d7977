// Roles and positions inside the group. Generic roles are only safe without place and
// time, which a detector cannot judge, so they are all flagged and the editor decides.
// A smuggler is someone outside the group whom nearly every defector paid: the word is a
// job only when said of a person ("he worked as a smuggler", see professions.ts).

export const ROLES_LATIN = [
  "emir", "emirs", "amir", "amirs", "emira", "wali", "walis", "qadi", "judge", "judges", "sharia judge", "sharia official",
  "shar'i", "shari", "sharii", "sharia", "mufti", "sniper", "snipers", "prison guard", "prison guards", "guard", "guards",
  "checkpoint guard", "jailer", "jailor", "trainer", "trainers", "instructor", "instructors", "commander", "commanders",
  "deputy", "executioner", "executioners", "hisba", "morality police", "recruiter", "recruiters", "security officer",
  "security official", "security emir", "amni", "amniyat", "inghimasi", "inghimasis", "suicide bomber", "media officer",
  "cameraman", "spokesman", "tax collector", "zakat collector", "accountant", "treasurer", "translator", "interpreter",
  "mechanic", "driver", "drivers", "medic", "nurse", "doctor", "surgeon", "engineer", "teacher", "cook",
  "bodyguard", "bodyguards", "imam", "preacher", "patrol member", "oil emir", "prison emir", "local emir", "military emir",
  "media emir", "border emir", "sector emir", "battalion emir", "brigade emir", "hisba emir", "zakat emir", "city emir",
  "seller", "vendor", "shopkeeper", "baker", "farmer", "barber", "carpenter", "butcher", "labourer", "shepherd", "tailor",
  "governor", "interrogator", "torturer", "informant", "spy catcher", "logistics officer", "quartermaster", "radio operator",
  "bomb maker", "explosives expert", "checkpoint commander", "platoon leader", "squad leader", "head of security",
  "tank driver", "mortar operator", "guard commander", "emira", "muhtasib", "clerk", "secretary", "paymaster",
]

export const ROLES_ARABIC = [
  "أمير", "أمراء", "والي", "قاضي", "قاض", "شرعي", "مفتي", "قناص", "حارس", "حراس", "سجان", "مدرب", "قائد", "الحسبة", "حسبة",
  "أمني", "أمنيين", "انغماسي", "مترجم", "طباخ", "سائق", "ممرض", "معلم", "طبيب", "مهندس", "مسؤول", "جلاد", "إعلامي",
  "أمير الحسبة", "أمير الأمنيين", "أمير أمني", "محقق", "مخبر", "حارسة", "محاسب", "جابي", "نائب", "مسعف", "إمام", "خطيب",
  "مرافق", "انتحاري", "عنصر", "دورية", "بائع", "خباز", "مزارع", "حلاق", "نجار", "راعي", "خياط", "جزار",
]

/** "head of the oil diwan", "in charge of the prison" name a post even without a listed word. */
export const ROLE_PHRASE = /\b(?:head|chief|charge|director|boss|leader)\s+of\s+(?:the\s+)?(?:[a-z'-]+\s+){0,2}?(?:diwan|office|prison|prisons|camp|checkpoints?|hisba|police|court|media|security|unit|katiba|brigade|battalion|sector|oil|zakat|trainers|recruits|wells?|field|hospital|school|women)\b/gi;
