import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { newDataKey, sourceCipher } from "@/lib/crypto/source-keys";
import { parseInput } from "@/lib/parse-input";
import { CreateSourceInput } from "./schemas";
import { sourceCode } from "./source-code";
import { ensureOnTeam } from "./team/change-team";
import { assertActiveEditor, SOURCE_FIELDS } from "./source-records";
import { rebuildSourceIndex } from "@/lib/leak-guard/identifier-index/source-index";
import { dispatchRecheck, requestRecheck } from "@/lib/leak-guard/recheck/recheck-published";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";

/** Creates a source with its own data key; real name and notes are stored sealed under it. */
export async function createSource(actor: Actor, raw: CreateSourceInput, requestId: string): Promise<{ id: string; code: string }> {
  assertCan(actor, "sources:edit");
  const input = parseInput(CreateSourceInput, raw);
  // The id is chosen here because the data key and every ciphertext are bound to it.
  const id = randomUUID();
  const { wrappedKey, masterKeyId } = newDataKey(id);
  const cipher = sourceCipher({ id, wrappedKey, masterKeyId });
  const handlingEditorId = input.handlingEditorId ?? actor.id;

  await loadGuardWords();
  const created = await db().$transaction(async (tx) => {
    await assertActiveEditor(tx, handlingEditorId);
    // The code comes from the row's sequence number, unique under concurrency.
    const { seq } = await tx.source.create({
      data: {
        id,
        code: `pending-${id}`,
        pseudonym: input.pseudonym ?? null,
        riskLevel: input.riskLevel,
        handlingEditorId,
        wrappedKey,
        masterKeyId,
        realNameEnc: input.realName ? cipher.sealText(SOURCE_FIELDS.realName, input.realName) : null,
        notesEnc: input.notes ? cipher.sealText(SOURCE_FIELDS.notes, input.notes) : null,
      },
      select: { seq: true },
    });
    const code = sourceCode(seq);
    await tx.source.update({ where: { id }, data: { code } });
    // Whoever recorded the real name already knows it: they join the handling editor's team.
    await ensureOnTeam(tx, id, [handlingEditorId, actor.id], actor.id);
    // the real name is guarded from the moment it is recorded, in what was published before too
    await rebuildSourceIndex(tx, id);
    const runId = input.realName ? await requestRecheck(tx, { trigger: "REAL_NAME_CHANGED", sourceId: id, actor, requestId }) : null;
    await recordAuditEvent(tx, { actor, action: "source.created", target: { type: "source", id }, requestId, details: { code, riskLevel: input.riskLevel } });
    return { id, code, runId };
  });
  await dispatchRecheck(created.runId);
  return { id: created.id, code: created.code };
}
