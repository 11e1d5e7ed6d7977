// The demo's disclosure budget: S-0004 (medium risk, default budget 10) has two published
// items that together reveal 8 — an exact age, a season and year, a job, a nationality —
// and an item in review that adds a named town, which would take it to 11. Signed in as
// reviewer@demo.test, approving it is refused with the explanation; admin@demo.test can
// raise the budget under Disclosure budgets. Plain data: end-to-end tests import the titles.
import type { DemoItem } from "./demo-content";

export const DEMO_BUDGET_SOURCE_CODE = "S-0004";
export const DEMO_BUDGET_BLOCKED_TITLE = "Who is a brother?";

const PROMISES = "Broken promises and harsh living conditions";
const RACISM = "Corruption, favouritism and racism";

export const DEMO_DISCLOSURE_ITEMS: readonly DemoItem[] = [
  {
    title: "Water for other men's wars",
    type: "SOCIAL_POST",
    language: "en",
    themes: [PROMISES],
    audiences: ["Young men 16–25"],
    channels: ["WEB"],
    intro: "He was 24 when he joined in the spring of 2015, and for two years he carried water to the front.",
    quote: { sourceCode: "S-0004", text: "When I left, I left with nothing but my shoes. I speak so that boys who think there is honour there know what they will carry: water for other men's wars." },
    state: "PUBLISHED",
  },
  {
    title: "Rice for the ones who gave the orders",
    type: "QUOTE_CARD",
    language: "en",
    themes: [RACISM],
    audiences: ["Young men 16–25"],
    channels: ["WEB"],
    intro: "A Syrian driver, he saw who ate and who went hungry.",
    quote: { sourceCode: "S-0004", text: "Behind the lines there was rice and meat for the ones who gave the orders." },
    state: "PUBLISHED",
  },
  {
    title: DEMO_BUDGET_BLOCKED_TITLE,
    type: "QUOTE_CARD",
    language: "en",
    themes: [PROMISES],
    audiences: ["Young men 16–25"],
    channels: ["WEB"],
    intro: "He walked out through Jarablus in 2016 with nothing but his shoes.",
    quote: { sourceCode: "S-0004", text: "The sermons said we were brothers. At the water point I saw who was a brother and who was a tool." },
    state: "IN_REVIEW",
  },
];
