import type { ConsentChannel, ConsentScope, IdentifierType, RiskLevel } from "@/lib/sources/vocabulary";
import type { TestimonyLanguage } from "@/lib/testimony/languages";

/** One invented source of the demo, as editors would enter it. */
export type DemoSource = {
  pseudonym: string | null;
  riskLevel: RiskLevel;
  realName: string;
  notes: string;
  dictionary: { text: string; type: IdentifierType; variants: string[] }[];
  consent: { scopes: ConsentScope[]; channels: ConsentChannel[]; languages: string[]; expiresAt: string | null };
  testimonies: DemoTestimony[];
};

export type DemoTestimony = { language: TestimonyLanguage; interviewDate: string; transcript: string };
