// Regression tests for what the red team got through the whole workflow (branch attack,
// scripts/attack/channels.attack.int.test.ts, F0–F2): English possessives, Kurdish letters,
// names in tag-shaped text and raw HTML links. Each is now refused at the boundary with where
// to look, never what; and a copy published before the fix reaches no partner in any channel.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInput } from "@/lib/errors";
import { UNSEEN_MARKDOWN } from "@/lib/leak-guard/unseen-text";
import { translate } from "@/lib/i18n/translate";
import { updateSource } from "@/lib/sources/update-source";
import { channelsWithout, draft, everythingReceived, expectNowhere, publishAndShare, publishedBeforeTheFix, releaseAndShare, sharedWorld, type SharedWorld } from "@/tests/support/partner-channels";
import { rid } from "@/tests/support/factories";
import { ReleaseBlocked } from "./leak-guard";
import { saveItem } from "./save-item";

// Invented: nobody's name, number or account.
const DICTIONARY = [
  { text: "Rashid Tawfiq", type: "PERSON", variants: ["رشيد توفيق"] },
  { text: "+90 532 418 77 09", type: "CONTACT", variants: [] },
  { text: "Tal Abyad", type: "LOCATION", variants: [] },
  { text: "Abu Hamza al-Shami", type: "ALIAS", variants: ["أبو حمزة الشامي"] },
  { text: "facebook.com/rt.1987", type: "CONTACT", variants: [] },
];
const REAL_NAME = "Berzan Doski";
const LINK_WITH_TITLE = 'His old account is still up: <a href="https://facebook.com/rt.1987" title="Rashid Tawfiq, Tal Abyad, 0532 418 77 09">a profile</a>.';
const LINK_OVER_LINES = 'His old account is still up: <a\nhref="https://facebook.com/rt.1987"\ntitle="Rashid Tawfiq">a profile</a>.';

async function world(): Promise<SharedWorld> {
  const w = await sharedWorld(DICTIONARY);
  const source = await db().source.findUniqueOrThrow({ where: { id: w.passage.sourceId } });
  await updateSource(w.editor, { sourceId: source.id, version: source.version, realName: REAL_NAME }, rid());
  return w;
}

const rejectionOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

type Case = { title: string; body: string; language?: "en" | "ar"; where: RegExp[]; identifiers: string[] };

const REFUSED_AT_SUBMISSION: [what: string, Case][] = [
  [
    "English possessives of dictionary entries (\"Tawfiq's\", \"Tal Abyad's\") inside a sentence",
    { title: "The last winter", body: "We stayed in Tawfiq's house until Tal Abyad's market closed.", where: [/Body: source dictionary entry \(PERSON\) at 13–21/, /Body: source dictionary entry \(LOCATION\) at 34–45/], identifiers: ["Tawfiq", "Tal Abyad"] },
  ],
  [
    "the real name's family name in the possessive (\"Doski's\") inside a sentence",
    { title: "The last winter", body: "The truck was driven by Doski's uncle.", where: [/Body: .*\(PERSON\) at 24–31/], identifiers: ["Doski"] },
  ],
  [
    "the full name typed on a Sorani keyboard (ڕ ە ی)",
    { title: "الشتاء الأخير", body: "قال إن ڕەشید تەوفیق كان هناك عندما نفد الخبز.", language: "ar", where: [/Body: source dictionary entry \(PERSON\) at 7–19/], identifiers: ["ڕەشید تەوفیق", "تەوفیق"] },
  ],
  [
    "a name, a place and a phone in escaped angle brackets (shown literally as <…>)",
    {
      title: "Bread before belief",
      body: "He said \\<Rashid Tawfiq\\> was there when the bread ran out.\n\nLater: \\<p from Tal Abyad, call 0532 418 77 09\\>.",
      where: [/\(PERSON\)/, /\(LOCATION\)/, /\(CONTACT\)/],
      identifiers: ["Rashid Tawfiq", "Tal Abyad", "0532 418 77 09"],
    },
  ],
  [
    "a chat log in a code block, its lines shaped like tags (<nick> message)",
    {
      title: "Messages from a recruiter",
      body: "The recruiter's messages, as he kept them:\n\n```\n<Abu Hamza> brothers, the bakery at nine\n<Abu Hamza> see you there\n<x ask for Rashid Tawfiq in Tal Abyad, 0532 418 77 09>\n```\n",
      where: [/\(ALIAS\)/, /\(PERSON\)/, /\(LOCATION\)/, /\(CONTACT\)/],
      identifiers: ["Abu Hamza", "Rashid Tawfiq", "Tal Abyad", "0532 418 77 09"],
    },
  ],
  [
    // (a title in angle brackets, "<Rashid Tawfiq>", is now refused as it is typed, as a tag)
    "a title longer than a file name's stem that ends in (Name)",
    {
      title: "Hunger, broken promises and the long road out of the north (Rashid Tawfiq)",
      body: "They promised salaries. Nobody got them.",
      where: [/^This item cannot be submitted: it may identify a source\. Remove or generalise: Title: source dictionary entry \(PERSON\) at 60–73\.$/],
      identifiers: ["Rashid Tawfiq"],
    },
  ],
];

/** Refused with where to look (field, kind, position), never repeating what it found. */
function expectRefusedWithWhere(error: unknown, { where, identifiers }: Pick<Case, "where" | "identifiers">) {
  expect(error).toBeInstanceOf(ReleaseBlocked);
  const message = (error as Error).message;
  expect(message).toMatch(/^This item cannot be submitted: it may identify a source\. Remove or generalise: /);
  for (const pattern of where) expect(message).toMatch(pattern);
  for (const identifier of identifiers) expect(message).not.toContain(identifier);
}

describe("what the red team published through the workflow is refused at submission", () => {
  it.each(REFUSED_AT_SUBMISSION)("refuses %s, saying where", async (_, item) => {
    const w = await world();
    const id = await draft(w, item);
    expectRefusedWithWhere(await rejectionOf(releaseAndShare(w, id)), item);
    expect(await db().contentItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "DRAFT", publishedAt: null });
  });

  // Was a leak: any word ending in "'s" was read as an English contraction ("he's"), and at a
  // sentence start its capital did not count, so "Doski's" never matched alone.
  it("refuses a one-word name with a possessive at the start of a sentence, or lets it reach no partner", async () => {
    const w = await world();
    const id = await draft(w, { title: "The last winter", body: "The bakery closed in March. Doski's uncle drove the truck.\n\nTawfiq's house was empty by then." });
    const refused = await rejectionOf(releaseAndShare(w, id));
    if (refused) return expectRefusedWithWhere(refused, { where: [/Body: .*\(PERSON\) at 28–35/, /Body: .*\(PERSON\) at 60–68/], identifiers: ["Doski", "Tawfiq"] });
    expectNowhere(await everythingReceived(w, id), ["Doski", "Tawfiq"]);
  });
});

describe("raw HTML is refused where it is written", () => {
  const LINKS: [what: string, body: string][] = [
    ["a link whose title and target name the source", LINK_WITH_TITLE],
    ["the same link with line breaks between its attributes", LINK_OVER_LINES],
  ];

  it.each(LINKS)("refuses %s when the item is created, and when it is saved", async (_, body) => {
    const w = await world();
    const created = await rejectionOf(draft(w, { title: "What he posted", body }));
    expect(created).toBeInstanceOf(InvalidInput);
    expect((created as InvalidInput).fieldErrors).toEqual({ body: [translate("en", UNSEEN_MARKDOWN.html)] });
    expect(await db().contentItem.count()).toBe(0);

    const id = await draft(w, { title: "What he posted", body: "His old account is still up." });
    const saved = await rejectionOf(saveItem(w.editor, { itemId: id, expectedVersion: 1, type: "ARTICLE", language: "en", title: "What he posted", body, themeIds: [], audiences: [], channels: ["WEB", "PARTNER_DOWNLOAD"], internalNotes: null }, rid()));
    expect((saved as InvalidInput).fieldErrors).toEqual({ body: [translate("en", UNSEEN_MARKDOWN.html)] });
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).body).toBe("His old account is still up.");
  });
});

describe("a copy published before the fix reaches no partner, whichever channel is used first", () => {
  it("(control) a clean item's title and words do reach the partner in every channel that carries them", async () => {
    const w = await world();
    const id = await publishAndShare(w, { title: "Salaries that never came", body: "They promised salaries. Nobody got them, and the bakery closed." });
    const received = await everythingReceived(w, id, { eachChannelFirst: true });
    // notices list only withdrawn items; the API's campaign list names its assets by id; an
    // article is not drawn as a picture card, so those channels refuse
    const cards = ["portal: png download", "portal: png-story download", "api: png download", "api: png-story download"];
    expect(channelsWithout(received, "Salaries that never came").sort()).toEqual(["portal: take-down notices", "api: GET /campaigns", ...cards].sort());
    expect(channelsWithout(received, "Nobody got them, and the bakery closed").sort()).toEqual(["portal: campaign list", "portal: take-down notices", "api: GET /assets", "api: GET /campaigns", ...cards].sort());
  });

  const PUBLISHED_BEFORE: [what: string, item: { title: string; body: string; language?: "en" | "ar" }, identifiers: string[]][] = [
    ...REFUSED_AT_SUBMISSION.map(([what, { title, body, language, identifiers }]): [string, { title: string; body: string; language?: "en" | "ar" }, string[]] => [what, { title, body, language }, identifiers]),
    ["a raw HTML link whose title and target name the source", { title: "What he posted", body: LINK_WITH_TITLE }, ["Rashid Tawfiq", "Tal Abyad", "0532 418 77 09", "facebook.com/rt.1987"]],
    ["a raw HTML link broken over lines", { title: "What he posted", body: LINK_OVER_LINES }, ["Rashid Tawfiq", "facebook.com/rt.1987"]],
  ];

  it.each(PUBLISHED_BEFORE)("%s", async (_, item, identifiers) => {
    const w = await world();
    const id = await publishedBeforeTheFix(w, item);
    expectNowhere(await everythingReceived(w, id, { eachChannelFirst: true }), identifiers);
  });
});
