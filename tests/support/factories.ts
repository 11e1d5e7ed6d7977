// Fixtures made per test, never a shared mutable seed.
import { openRedactedTexts, SEALED_TEXT_FIELDS, sealRedactedText } from "@/lib/redaction/sealed-redacted-text";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/password";
import { createSource as createSourceCommand } from "@/lib/sources/create-source";
import { createTestimony as createTestimonyCommand } from "@/lib/testimony/create-testimony";

let counter = 0;

export async function createPartnerOrg(name = `Partner ${++counter}`) {
  return db().partnerOrganization.create({ data: { name } });
}

export async function createUser(role: Role, overrides: { password?: string; partnerOrgId?: string; email?: string; status?: "ACTIVE" | "DISABLED" } = {}): Promise<Actor> {
  const partnerOrgId = role === "PARTNER" ? (overrides.partnerOrgId ?? (await createPartnerOrg()).id) : null;
  const user = await db().user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${++counter}-${randomUUID().slice(0, 6)}@test.example`,
      name: `${role} ${counter}`,
      role,
      status: overrides.status ?? "ACTIVE",
      partnerOrgId,
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, partnerOrgId: user.partnerOrgId };
}

export const rid = () => randomUUID();

/** A source created through the domain (so it has a data key); by a new editor unless one is given. */
export async function createSource(overrides: { editor?: Actor; realName?: string; pseudonym?: string; riskLevel?: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL" } = {}) {
  const editor = overrides.editor ?? (await createUser("EDITOR"));
  const source = await createSourceCommand(editor, { riskLevel: overrides.riskLevel ?? "HIGH", realName: overrides.realName ?? null, pseudonym: overrides.pseudonym ?? null }, rid());
  return { ...source, editor };
}

/** A pasted testimony of a source, created through the domain. */
export async function createTestimony(editor: Actor, sourceId: string, transcript: string, language: "en" | "ar" = "en") {
  return createTestimonyCommand(editor, { sourceId, language, transcript, media: [] }, rid());
}

/**
 * An APPROVED redaction of a fresh source's testimony, with its redacted text, the
 * source's dictionary and (unless `consent: null`) a consent; made directly, for content tests.
 */
export async function createApprovedRedactedText(
  editor: Actor,
  reviewer: Actor,
  options: {
    text?: string;
    language?: "en" | "ar";
    dictionary?: { text: string; type: string; variants: string[] }[];
    consent?: { scopes: string[]; channels: string[]; languages: string[]; expiresAt?: Date | null; withdrawnAt?: Date | null } | null;
  } = {},
) {
  const { createSourceWithTestimony } = await import("./testimony-fixtures");
  const text = options.text ?? "[redacted] said the emirs kept the best houses for themselves while the fighters went hungry.\n\nNobody received the salary they were promised.";
  const { sourceId, testimonyId } = await createSourceWithTestimony(editor, "raw transcript is never read by content", options.dictionary);
  const redaction = await db().redaction.create({ data: { testimonyId, state: "APPROVED", workEnc: Buffer.from("{}"), editorIds: [editor.id] } });
  const redacted = await db().redactedText.create({
    data: { redactionId: redaction.id, testimonyId, sourceId, language: options.language ?? "en", ...(await sealedText(sourceId, redaction.id, text)), textHash: randomUUID(), approvedById: reviewer.id },
  });
  const consent = options.consent === undefined ? { scopes: ["VERBATIM", "PARAPHRASE"], channels: ["SOCIAL", "WEB", "PARTNER_DOWNLOAD"], languages: ["en", "ar"] } : options.consent;
  if (consent) await db().consent.create({ data: { sourceId, scopes: consent.scopes, channels: consent.channels, languages: consent.languages, expiresAt: consent.expiresAt ?? null, withdrawnAt: consent.withdrawnAt ?? null } });
  const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { code: true } });
  return { sourceId, sourceCode: source.code, testimonyId, redactedTextId: redacted.id, text };
}

/** A content item written directly (the content workflow's own commands are not needed to test campaigns and search). */
export async function createContentItem(
  overrides: { createdBy?: Actor; title?: string; body?: string; state?: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | "PUBLISHED" | "RETIRED"; type?: "QUOTE_CARD" | "ARTICLE" | "SOCIAL_POST" | "VIDEO_SCRIPT" | "AUDIO_SCRIPT" | "INFOGRAPHIC_BRIEF"; language?: string; themeIds?: string[]; publishedAt?: Date } = {},
) {
  const createdBy = overrides.createdBy ?? (await createUser("EDITOR"));
  return db().contentItem.create({
    data: {
      type: overrides.type ?? "ARTICLE",
      state: overrides.state ?? "DRAFT",
      language: overrides.language ?? "en",
      title: overrides.title ?? `Item ${++counter}`,
      body: overrides.body ?? "They promised bread and gave us checkpoints.",
      audiences: [],
      channels: [],
      createdById: createdBy.id,
      publishedAt: overrides.publishedAt ?? (overrides.state === "PUBLISHED" ? new Date() : null),
      themes: { create: (overrides.themeIds ?? []).map((themeId) => ({ themeId })) },
    },
  });
}

/** Redacted testimony text in the given redaction state, written directly (as approval would leave it). */
export async function createRedactedText(text: string, options: { language?: "en" | "ar"; state?: "APPROVED" | "DRAFT" } = {}) {
  const { id: sourceId, editor } = await createSource();
  const testimony = await createTestimony(editor, sourceId, `Raw transcript: ${text}`, options.language ?? "en");
  const redaction = await db().redaction.upsert({
    where: { testimonyId: testimony.id },
    create: { testimonyId: testimony.id, state: options.state ?? "APPROVED", workEnc: Buffer.from("{}"), editorIds: [editor.id] },
    update: { state: options.state ?? "APPROVED" },
  });
  return db().redactedText.create({
    data: { redactionId: redaction.id, testimonyId: testimony.id, sourceId, language: options.language ?? "en", ...(await sealedText(sourceId, redaction.id, text)), textHash: randomUUID(), approvedById: editor.id },
  });
}

/** Redacted text sealed under its source's key, as approval writes it. */
export async function sealedText(sourceId: string, redactionId: string, text: string) {
  const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
  return sealRedactedText(sourceCipher(source), redactionId, text);
}

/** The opened text of an approved redacted text row. */
export async function redactedTextOf(where: { id: string } | { testimonyId: string }): Promise<string> {
  const row = await db().redactedText.findUniqueOrThrow({ where, select: { id: true, ...SEALED_TEXT_FIELDS } });
  return (await openRedactedTexts(db(), [row]))[0]!.text;
}
