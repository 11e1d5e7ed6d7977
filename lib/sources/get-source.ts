import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { consentStatus } from "./consent-status";

/** A source's public fields, consent and testimony list; null when there is no such source. Nothing sealed. */
export async function getSource(actor: Actor, sourceId: string) {
  assertCan(actor, "sources:view");
  const source = await db().source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      code: true,
      pseudonym: true,
      riskLevel: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      erasedAt: true,
      handlingEditor: { select: { id: true, name: true } },
      consent: { select: { scopes: true, channels: true, languages: true, expiresAt: true, withdrawnAt: true, version: true, updatedAt: true } },
      testimonies: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: 200,
        select: { id: true, language: true, interviewDate: true, createdAt: true, format: true, redaction: { select: { state: true } } },
      },
    },
  });
  if (!source) return null;
  return { ...source, consentStatus: consentStatus(source.consent) };
}

export type SourceOverview = NonNullable<Awaited<ReturnType<typeof getSource>>>;
