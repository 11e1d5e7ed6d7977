// Seeds the embedded demo's invented sources through the same domain functions
// editors use: code names, encryption, consent and audit events as in real use.
// The domain is imported inside the function so that end-to-end tests can import
// the constants below without loading server-only modules.
import type { Actor } from "@/lib/auth/policy";
import type { DemoSource } from "./demo-source-type";
import { KARIM, KARIM_ARABIC, KARIM_ENGLISH } from "./demo-sources-karim";
import { SAMIR } from "./demo-sources-samir";
import { OMAR } from "./demo-sources-omar";

export const DEMO_SOURCES = [KARIM, SAMIR, OMAR] as const;

/** The first source (S-0001 on an empty database): its dictionary, and its first testimony. */
export const DEMO_SOURCE_CODE = "S-0001";
export const DEMO_SOURCE_PSEUDONYM = KARIM.pseudonym;
export const DEMO_SOURCE_REAL_NAME = KARIM.realName;
export const DEMO_SOURCE_DICTIONARY = KARIM.dictionary;
export const DEMO_FIRST_TESTIMONY_LANGUAGE = KARIM_ENGLISH.language;
export const DEMO_FIRST_TESTIMONY_TEXT = KARIM_ENGLISH.transcript;
export const DEMO_ARABIC_TESTIMONY_TEXT = KARIM_ARABIC.transcript;

/** One demo source through the domain: record, dictionary, consent, testimony. */
export async function seedDemoSource(editor: Actor, demo: DemoSource, requestId: string): Promise<{ id: string; code: string }> {
  const { createSource } = await import("@/lib/sources/create-source");
  const { addDictionaryEntry } = await import("@/lib/sources/add-dictionary-entry");
  const { updateConsent } = await import("@/lib/sources/update-consent");
  const { createTestimony } = await import("@/lib/testimony/create-testimony");

  const { id: sourceId, code } = await createSource(editor, { pseudonym: demo.pseudonym, riskLevel: demo.riskLevel, realName: demo.realName, notes: demo.notes }, requestId);
  for (const entry of demo.dictionary) await addDictionaryEntry(editor, { sourceId, ...entry }, requestId);
  const { consent } = demo;
  await updateConsent(editor, { sourceId, version: 0, ...consent, expiresAt: consent.expiresAt ? new Date(consent.expiresAt) : null }, requestId);
  for (const testimony of demo.testimonies) {
    await createTestimony(
      editor,
      { sourceId, language: testimony.language, interviewDate: new Date(testimony.interviewDate), transcript: testimony.transcript, media: [] },
      requestId,
    );
  }
  return { id: sourceId, code };
}

export async function seedDemoSources(editor: Actor, requestId: string): Promise<void> {
  for (const demo of DEMO_SOURCES) await seedDemoSource(editor, demo, requestId);
}
