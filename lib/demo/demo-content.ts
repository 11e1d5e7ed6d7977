// The demo's content items: invented editorial text around quotes from the approved
// redacted testimony of S-0002 and S-0003. Plain data (no server imports), so end-to-end
// tests can import the titles. Each quote must stand verbatim in the approved text; the
// seed fails loudly if the detector's redaction of the demo testimony changes.
import type { ConsentChannel } from "@/lib/sources/vocabulary";
import type { ContentState } from "@/lib/content/content-states";
import type { ContentType } from "@/lib/content/vocabulary";

export type DemoItem = {
  title: string;
  type: ContentType;
  language: "en" | "ar";
  /** Names of default themes. */
  themes: string[];
  audiences: string[];
  channels: ConsentChannel[];
  /** The editor's text before the quote, and after it (saved as a further version). */
  intro: string;
  outro?: string;
  quote: { sourceCode: string; text: string };
  internalNotes?: string;
  state: Exclude<ContentState, "RETIRED">;
  /** The reviewer's comment when the state is CHANGES_REQUESTED. */
  comment?: string;
};

/** Withdrawing this source's consent retires exactly one item: the published one quoting it. */
export const DEMO_WITHDRAWAL_SOURCE_CODE = "S-0003";
/** The one published item quoting S-0003 only: withdrawing S-0003's consent retires it. */
export const DEMO_WITHDRAWAL_ITEM_TITLE = "Oil for the regime, sermons for us";
/** Published items quoting S-0002 only, untouched by the withdrawal: safe to download in any test. */
export const DEMO_STABLE_PUBLISHED_TITLE_EN = "The salary came late, then half, then never";
export const DEMO_STABLE_PUBLISHED_TITLE_AR = "لا بيت ولا راتب";
/** A draft of the demo editor and an item waiting for either demo reviewer (dashboard checks). */
export const DEMO_DRAFT_TITLE = "They fined women for their shoes";
export const DEMO_IN_REVIEW_TITLE = "Meat for some, the corridor for others";

const RACISM = "Corruption, favouritism and racism";
const PROMISES = "Broken promises and harsh living conditions";
const HYPOCRISY = "Hypocrisy (slavery, rape, drugs)";
const SPIES = "Fighting other rebels instead of the regime";
const YOUNG_MEN = "Young men 16–25";
const FAMILIES = "Families of recruits";

export const DEMO_ITEMS: readonly DemoItem[] = [
  {
    title: DEMO_STABLE_PUBLISHED_TITLE_EN,
    type: "ARTICLE",
    language: "en",
    themes: [PROMISES, RACISM],
    audiences: [YOUNG_MEN, FAMILIES],
    channels: ["WEB", "PARTNER_DOWNLOAD"],
    intro:
      "Recruiters sell the group as a state that pays its fighters, houses their families and treats every Muslim as a brother. " +
      "The men who went and came back describe something else: wages that shrank month by month, homes that nobody ever saw, " +
      "and a front line where the poor and the unconnected were spent first.\n\nOne former member told us how the promises ended.",
    outro: "He got out, as many others did. If someone online promises you a salary, a house and a brotherhood, ask the men who came back what they were actually given.",
    quote: {
      sourceCode: "S-0002",
      text: "The promises were lies. No house. The salary came late, then half, then never. When the bombing started, the foreign fighters with connections went to the rear, and men like me were sent to the [LOCATION 5] in groups of twenty, like cartridges. Most of my group never came back.",
    },
    state: "PUBLISHED",
  },
  {
    title: "Cleaning toilets for the caliphate",
    type: "QUOTE_CARD",
    language: "en",
    themes: [RACISM],
    audiences: [YOUNG_MEN],
    channels: ["SOCIAL", "WEB", "PARTNER_DOWNLOAD"],
    intro: "They promised a brotherhood without borders. This is how it was shared out.",
    quote: {
      sourceCode: "S-0002",
      text: "There was a young man from Sudan in our group, very dark, very gentle. The [ROLE 2] of the guesthouse made him clean the toilets every day for [DATE 2]. He never said it was because of his skin. He did not have to.",
    },
    internalNotes: "Card in the campaign's dark template; no photo of a real person.",
    state: "PUBLISHED",
  },
  {
    title: DEMO_STABLE_PUBLISHED_TITLE_AR,
    type: "SOCIAL_POST",
    language: "ar",
    themes: [PROMISES],
    audiences: [YOUNG_MEN],
    channels: ["SOCIAL", "PARTNER_DOWNLOAD"],
    intro: "يعدون الشباب بالراتب والبيت والأخوّة. هذا ما وجده شاب ذهب ثم عاد:",
    outro: "قبل أن تصدّق الوعود، اسأل الذين رجعوا.",
    quote: { sourceCode: "S-0002", text: "كانت الوعود كذباً. لا بيت. الراتب تأخر، ثم صار نصف راتب، ثم انقطع." },
    state: "PUBLISHED",
  },
  {
    title: DEMO_WITHDRAWAL_ITEM_TITLE,
    type: "VIDEO_SCRIPT",
    language: "en",
    themes: [HYPOCRISY],
    audiences: [YOUNG_MEN, FAMILIES],
    channels: ["SOCIAL", "WEB", "PARTNER_DOWNLOAD"],
    intro:
      "**Scene 1.** Night. A line of tanker trucks at a checkpoint, headlights only.\n\n" +
      "**Narrator:** They told their fighters the regime were unbelievers. Then they sold it the oil.\n\n" +
      "**Former fighter (voice only, face never shown):**",
    outro: "**Scene 2.** Text on screen: *Ask who profits from your sacrifice.*",
    quote: {
      sourceCode: "S-0003",
      text: "Every night tanker trucks went out through my checkpoint towards regime territory. We were ordered to let them pass without papers. The same [ROLE 1] who preached on Friday that the regime were infidels were selling them the oil on Saturday and counting dollars in the back of a pickup.",
    },
    state: "PUBLISHED",
  },
  {
    title: DEMO_DRAFT_TITLE,
    type: "AUDIO_SCRIPT",
    language: "en",
    themes: [HYPOCRISY],
    audiences: [YOUNG_MEN],
    channels: ["WEB", "SOCIAL"],
    intro:
      "**Host:** In the towns they ruled, the morality police counted cigarettes and checked the colour of women's shoes. " +
      "At the same time their commanders were doing business with the enemy they preached against.\n\n**Former member (read by an actor):**",
    quote: {
      sourceCode: "S-0002",
      text: "We beat men for smoking and fined women for the colour of their shoes. Meanwhile the [ROLE 5] sold the oil to the regime through middlemen; every [ROLE 6] at the checkpoint knew it.",
    },
    internalNotes: "Needs a closing line and a music cue before review.",
    state: "DRAFT",
  },
  {
    title: "انتهت الأخوّة عند أول وجبة",
    type: "QUOTE_CARD",
    language: "ar",
    themes: [RACISM],
    audiences: [YOUNG_MEN],
    channels: ["SOCIAL", "PARTNER_DOWNLOAD"],
    intro: "وعدوه بدولة تعامل كل مسلم كأنه أخ. هذا ما وجده هناك:",
    quote: { sourceCode: "S-0002", text: "انتهت الأخوّة عند أول وجبة." },
    state: "PUBLISHED",
  },
  {
    title: DEMO_IN_REVIEW_TITLE,
    type: "INFOGRAPHIC_BRIEF",
    language: "en",
    themes: [RACISM],
    audiences: [YOUNG_MEN],
    channels: ["SOCIAL", "WEB"],
    intro:
      "**Purpose:** show in one picture how the group ranked its own members by origin.\n\n" +
      "**Layout:** two rooms side by side. Left: air conditioning and a table with meat. Right: a corridor with thin mattresses.\n\n**Caption:**",
    outro: "**Tagline:** Equal before God, they said.",
    quote: {
      sourceCode: "S-0002",
      text: "The brotherhood lasted until the first meal. At the [LOCATION 3], in the east of [LOCATION 4], the [NATIONALITY 1] and the Gulf men ate meat and slept in rooms with air conditioning.",
    },
    state: "IN_REVIEW",
  },
  {
    title: "Everyone was a spy",
    type: "SOCIAL_POST",
    language: "en",
    themes: [SPIES],
    audiences: [YOUNG_MEN],
    channels: ["SOCIAL"],
    intro: "Ask the wrong question and you were a traitor. A former member remembers:",
    quote: {
      sourceCode: "S-0002",
      text: "When I said something about it to my cousin [PERSON 2], he told me to be quiet or I would be called a spy. Men were called spies for less.",
    },
    state: "CHANGES_REQUESTED",
    comment:
      "Please take the cousin out of the quote: a relative who stayed behind can point back to the speaker even without a name. Paraphrase the point about spies or choose another passage.",
  },
  {
    title: "خراطيش في الصفوف الأمامية",
    type: "VIDEO_SCRIPT",
    language: "ar",
    themes: [PROMISES],
    audiences: [YOUNG_MEN, FAMILIES],
    channels: ["SOCIAL", "WEB"],
    intro: "**المشهد الأول:** شاشة سوداء، وصوت قصف بعيد.\n\n**الراوي:** قالوا إن الجميع إخوة في الصف. لكن حين بدأ القصف، ظهر من هو الأخ ومن هو الخرطوش.\n\n**مقاتل سابق (صوت فقط):**",
    outro: "**نص على الشاشة:** لا تكن خرطوشاً في حرب غيرك.",
    quote: {
      sourceCode: "S-0002",
      text: "عندما بدأ القصف ذهب الأجانب أصحاب الواسطة إلى الخطوط الخلفية، وأُرسل أمثالي إلى الجبهة في مجموعات من عشرين، كأننا خراطيش. معظم مجموعتي لم يرجعوا.",
    },
    state: "APPROVED",
  },
];

/** Every published title, in the order the seed publishes them. */
export const DEMO_PUBLISHED_TITLES = DEMO_ITEMS.filter((i) => i.state === "PUBLISHED").map((i) => i.title);
