// Fictional source 4 of the demo, whose disclosure budget is nearly used. Every name,
// number and story here is invented.
import type { DemoSource } from "./demo-source-type";

export const HADI: DemoSource = {
  pseudonym: "Fadi",
  riskLevel: "MEDIUM",
  realName: "Hadi Suleiman",
  notes: "Lives with his mother, who still believes he worked in a bakery. Speak to him only through the caseworker.",
  dictionary: [
    { text: "Hadi Suleiman", type: "PERSON", variants: ["Hadi Sulayman", "هادي سليمان"] },
    { text: "Abu Bilal al-Suri", type: "ALIAS", variants: ["Abu Bilal", "Abou Bilal", "أبو بلال السوري"] },
  ],
  consent: { scopes: ["VERBATIM", "PARAPHRASE"], channels: ["WEB", "SOCIAL", "PARTNER_DOWNLOAD"], languages: ["en", "ar"], expiresAt: null },
  testimonies: [
    {
      language: "en",
      interviewDate: "2021-09-08",
      transcript: `My name is Hadi Suleiman. In the group they called me Abu Bilal al-Suri, and my mother still thinks I was working in a bakery the whole time.

Nobody told us the truth about the money. They said the zakat fed the poor, but the poor stood in line for hours and went home with nothing, while the men with connections drove new cars.

I carried water to men who had not eaten for two days. Behind the lines there was rice and meat for the ones who gave the orders. When one fighter complained, they locked him in a cell for a week and nobody asked about him again.

The sermons said we were brothers. At the water point I saw who was a brother and who was a tool. A brother does not send you to die so that he can keep his car.

When I left, I left with nothing but my shoes. I speak so that boys who think there is honour there know what they will carry: water for other men's wars.`,
    },
  ],
};
