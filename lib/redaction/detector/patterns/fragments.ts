// Regex fragments shared by the name-like patterns.

/** An Arabic article in Latin script: "al-"/"el " freely, sun-letter forms ("ash-", "ad-") only with a hyphen, so English "at"/"as" are not taken for articles. */
export const ARTICLE_PREFIX = "(?:(?:[Aa]l|[Ee]l)[-‑\\s]|(?:ul|il|ash|as|at|ad|an|ar|az|ath|adh|es|esh|ed|en|er|ez|et|us|ud|un|ut|Ash|As|At|Ad|An|Ar|Az|Es|Esh|Ed|En|Er|Ez)[-‑])";
export const AR_LETTERS = "[\\u0621-\\u064A\\u066E-\\u06D3\\u064B-\\u065F\\u0670\\u0640]";
