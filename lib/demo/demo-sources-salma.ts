// Fictional source 5 of the demo: approved testimony that no item quotes yet, for trying
// (and testing end to end) what happens when an editor pastes it into an item without the
// quote picker. Every name and story here is invented. Plain data: end-to-end tests import it.
import type { DemoSource } from "./demo-source-type";

export const DEMO_PASTED_SOURCE_CODE = "S-0005";
/** A sentence of its approved redacted testimony that reveals nothing about her by itself. */
export const DEMO_PASTED_SENTENCE = "They told us the caliphate would feed every family, but our children went to sleep hungry while the men in charge ate meat every night.";

export const SALMA: DemoSource = {
  pseudonym: "Mariam",
  riskLevel: "LOW",
  realName: "Salma Darwish",
  notes: "Agreed to partner distribution in writing; reach her through the women's shelter only.",
  dictionary: [
    { text: "Salma Darwish", type: "PERSON", variants: ["Salma Darweesh", "سلمى درويش"] },
    { text: "Umm Hamza al-Halabiya", type: "ALIAS", variants: ["Umm Hamza", "أم حمزة"] },
  ],
  consent: { scopes: ["VERBATIM", "PARAPHRASE"], channels: ["WEB", "SOCIAL", "PARTNER_DOWNLOAD"], languages: ["en", "ar"], expiresAt: null },
  testimonies: [
    {
      language: "en",
      interviewDate: "2022-03-14",
      transcript: `My name is Salma Darwish. After my son was born they called me Umm Hamza al-Halabiya.

${DEMO_PASTED_SENTENCE}

When I asked for flour, a woman from their office told me to be patient and pray. I left because I could not watch my son starve for their promises.`,
    },
  ],
};
