import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertSourceAccess } from "./team/assert-source-access";
import { UpdateConsentInput } from "./schemas";
import { noSuchSource } from "./source-records";
import { m } from "@/lib/i18n/translate";

export const consentChanged = () => m("sources.errors.consentChanged");

/** Records or changes the source's one consent record. A withdrawn consent stays withdrawn. */
export async function updateConsent(actor: Actor, raw: UpdateConsentInput, requestId: string): Promise<{ version: number }> {
  assertCan(actor, "sources:edit");
  const input = parseInput(UpdateConsentInput, raw);
  await assertSourceAccess(actor, "sources:edit", input.sourceId, requestId);
  const data = { scopes: input.scopes, channels: input.channels, languages: input.languages, expiresAt: input.expiresAt ?? null };
  try {
    return await db().$transaction(async (tx) => {
      const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, erasedAt: true, consent: { select: { version: true, withdrawnAt: true } } } });
      if (!source) throw new NotFound(noSuchSource());
      if (source.erasedAt) throw new InvalidTransition(m("sources.errors.erased"));
      const existing = source.consent;
      if (existing?.withdrawnAt) throw new InvalidTransition(m("sources.errors.withdrawnNoChange"));
      if ((existing?.version ?? 0) !== input.version) throw new Conflict(consentChanged());
      if (existing) {
        const updated = await tx.consent.updateMany({
          where: { sourceId: source.id, version: input.version, withdrawnAt: null },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new Conflict(consentChanged());
      } else {
        await tx.consent.create({ data: { sourceId: source.id, ...data } });
      }
      await recordAuditEvent(tx, {
        actor,
        action: "consent.updated",
        target: { type: "source", id: source.id },
        requestId,
        details: { change: existing ? "updated" : "recorded", scopes: data.scopes, channels: data.channels, languages: data.languages, expires: data.expiresAt !== null },
      });
      return { version: input.version + 1 };
    });
  } catch (error) {
    // Two first recordings at once: the unique sourceId lets only one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new Conflict(consentChanged());
    throw error;
  }
}
