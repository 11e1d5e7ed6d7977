import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertSourceAccess } from "./team/assert-source-access";
import { ensureOnTeam } from "./team/change-team";
import { UpdateSourceInput } from "./schemas";
import { assertActiveEditor, noSuchSource, SOURCE_FIELDS } from "./source-records";
import { lockIndexWriters, rebuildSourceIndex } from "@/lib/leak-guard/identifier-index/source-index";
import { dispatchRecheck, requestRecheck } from "@/lib/leak-guard/recheck/recheck-published";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { m } from "@/lib/i18n/translate";

const handOverRefused = () => m("sources.errors.handOverRefused");

export const sourceChanged = () => m("sources.errors.sourceChanged");

/** Changes only the fields given; `version` is the one the editor read, so a concurrent change is refused. */
export async function updateSource(actor: Actor, raw: UpdateSourceInput, requestId: string): Promise<{ version: number }> {
  assertCan(actor, "sources:edit");
  const input = parseInput(UpdateSourceInput, raw);
  await assertSourceAccess(actor, "sources:edit", input.sourceId, requestId);
  await loadGuardWords();
  const { version, runId } = await db().$transaction(async (tx) => {
    // a new real name rewrites the index: its writers take this lock before the audit chain's (source-index.ts)
    if (input.realName !== undefined) await lockIndexWriters(tx);
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true, version: true, handlingEditorId: true } });
    if (!source) throw new NotFound(noSuchSource());
    if (source.version !== input.version) throw new Conflict(sourceChanged());
    if (input.handlingEditorId !== undefined && input.handlingEditorId !== source.handlingEditorId) {
      // Handing a source over puts the new editor on its team: only who may change the team may do it.
      assertCan(actor, "sources:manage-team", { handlingEditorId: source.handlingEditorId }, handOverRefused());
      await assertActiveEditor(tx, input.handlingEditorId);
      if (await ensureOnTeam(tx, source.id, [input.handlingEditorId], actor.id)) {
        await recordAuditEvent(tx, { actor, action: "source.team-member-added", target: { type: "source", id: source.id }, requestId, details: { userId: input.handlingEditorId, as: "handling editor" } });
      }
    }

    const cipher = sourceCipher(source);
    const seal = (field: string, value: string | null) => (value ? cipher.sealText(field, value) : null);
    const data = {
      ...(input.pseudonym !== undefined && { pseudonym: input.pseudonym }),
      ...(input.riskLevel !== undefined && { riskLevel: input.riskLevel }),
      ...(input.handlingEditorId !== undefined && { handlingEditorId: input.handlingEditorId }),
      ...(input.realName !== undefined && { realNameEnc: seal(SOURCE_FIELDS.realName, input.realName) }),
      ...(input.notes !== undefined && { notesEnc: seal(SOURCE_FIELDS.notes, input.notes) }),
    };
    const updated = await tx.source.updateMany({ where: { id: source.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new Conflict(sourceChanged());
    let runId: string | null = null;
    if (input.realName !== undefined) {
      await rebuildSourceIndex(tx, source.id);
      runId = await requestRecheck(tx, { trigger: "REAL_NAME_CHANGED", sourceId: source.id, actor, requestId });
    }
    await recordAuditEvent(tx, {
      actor,
      action: "source.updated",
      target: { type: "source", id: source.id },
      requestId,
      // Which fields changed, never their values.
      details: { fields: Object.keys(data).map((key) => key.replace(/Enc$/, "")), version: input.version + 1 },
    });
    return { version: input.version + 1, runId };
  });
  await dispatchRecheck(runId);
  return { version };
}
