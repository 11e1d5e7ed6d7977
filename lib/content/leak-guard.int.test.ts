import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/tests/support/factories";
import { createSourceWithTestimony } from "@/tests/support/testimony-fixtures";
import { findLeaks, type LeakHit } from "./leak-guard";

const DICTIONARY = [
  { text: "Karim Haddad", type: "PERSON", variants: ["Kareem Haddad", "كريم حداد"] },
  { text: "Abu Yusuf al-Shami", type: "ALIAS", variants: ["Abou Youssef", "أبو يوسف الشامي"] },
  { text: "Rania", type: "PERSON", variants: ["رانيا"] },
];
const OTHER_DICTIONARY = [{ text: "Tal Afar", type: "LOCATION", variants: ["تلعفر"] }];

async function leaksIn(body: string, title = "Why they left"): Promise<LeakHit[]> {
  const editor = await createUser("EDITOR");
  await createSourceWithTestimony(editor, "raw transcript", DICTIONARY);
  await createSourceWithTestimony(editor, "raw transcript", OTHER_DICTIONARY);
  return findLeaks(db(), [
    { field: "title", label: "Title", text: title },
    { field: "body", label: "Body", text: body },
  ]);
}

const PASSES: [what: string, body: string][] = [
  [
    "English counter-narrative prose",
    "Recruiters promised a salary, a house and a brotherhood. The men who came back describe wages that shrank month by month.\n\n" +
      "Nobody got the house. Meanwhile the commanders sold oil to the regime they preached against. Abu Bakr al-Baghdadi promised a state; Daesh delivered checkpoints.",
  ],
  [
    "Arabic counter-narrative prose",
    "يعدون الشباب بالراتب والبيت والأخوّة. قالوا لنا إن الدولة عادلة، لكن العيش الرغيد كان للأمراء وحدهم.\n\n" +
      "فقدوا الأمل بعد أشهر، فالراتب تأخر ثم انقطع. اسأل الذين عادوا عمّا وجدوه هناك.",
  ],
  ["Arabic words that only share a short skeleton with a name (واحد ~ Haddad)", "كان واحد منهم يقول إن الرواتب ستُدفع، ثم جاء الجوع."],
  ["everyday words that are also parts of a listed name (كريم generous, حداد blacksmith)", "كان حداد القرية رجلاً كريماً، لكن الجوع غلب الجميع."],
  ["placeholders of approved redacted testimony", "> I am [PERSON 1], from [LOCATION 1]. In Syria [ALIAS 1] was my name, and [CONTACT 1] was the recruiter."],
];

const BLOCKS: [what: string, body: string, needle: string, type: string, fromDictionary: boolean][] = [
  ["a phone number", "For the full story call +90 532 111 22 33.", "+90 532 111 22 33", "CONTACT", false],
  ["an email address", "Write to witness.dz@example.org today.", "witness.dz@example.org", "CONTACT", false],
  ["a kunya that is a dictionary entry", "Abu Yusuf al-Shami left in the winter.", "Abu Yusuf al-Shami", "ALIAS", true],
  ["a variant the editor listed", "They called him Abou Youssef at the front.", "Abou Youssef", "ALIAS", true],
  ["a spelling nobody listed", "He went by Abu Yousef esh-Shami in the brigade.", "Abu Yousef esh-Shami", "ALIAS", true],
  ["a dictionary entry in Arabic script", "كان يُعرف باسم أبو يوسف الشامي في الكتيبة.", "أبو يوسف الشامي", "ALIAS", true],
  ["an Arabic spelling without hamza", "كان ابو يوسف الشامي يصلح الشاحنات.", "ابو يوسف الشامي", "ALIAS", true],
  ["a full name in the Arabic form the editor listed", "قال كريم حداد إن الطعام لم يصل.", "كريم حداد", "PERSON", true],
  ["a full name in Arabic script that the editor wrote only in Latin letters", "قال كريم حداد إن الطعام لم يصل.", "كريم حداد", "PERSON", true],
  ["a lone Arabic name that is a dictionary entry", "قالت رانيا إن الخبز نفد.", "رانيا", "PERSON", true],
  ["an entry of another source's dictionary", "A boy from Tal Afar was taught to wear a belt.", "Tal Afar", "LOCATION", true],
];

describe("leak guard: dictionaries and direct identifiers", () => {
  it.each(PASSES)("lets %s through", async (_, body) => {
    expect(await leaksIn(body)).toEqual([]);
  });

  it.each(BLOCKS)("blocks %s where it is", async (_, body, needle, type, fromDictionary) => {
    const start = body.indexOf(needle);
    expect(await leaksIn(body)).toContainEqual(expect.objectContaining({ field: "body", start, end: start + needle.length, type, fromDictionary }));
  });

  it("checks the title as well as the body", async () => {
    const leaks = await leaksIn("Nothing here.", "Kareem Haddad speaks");
    expect(leaks).toContainEqual(expect.objectContaining({ field: "title", start: 0, end: 13, type: "PERSON", fromDictionary: true }));
    expect(leaks.every((l) => l.field === "title")).toBe(true);
  });
});
