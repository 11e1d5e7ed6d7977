"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { liftSuspension, reopenSuspendedItem } from "@/lib/content/resolve-suspension";
import {
  AddCommentInput,
  CreateItemInput,
  InsertQuoteInput,
  ItemIdInput,
  ItemTransitionInput,
  SubmitItemInput,
  RequestChangesInput,
  RestoreVersionInput,
  RetireItemInput,
  SaveItemInput,
} from "@/lib/content/schemas";
import { createItem } from "@/lib/content/create-item";
import { saveItem } from "@/lib/content/save-item";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem, requestItemChanges } from "@/lib/content/review-item";
import { publishItem } from "@/lib/content/publish-item";
import { retireItem } from "@/lib/content/retire-item";
import { restoreVersion } from "@/lib/content/restore-version";
import { addComment } from "@/lib/content/add-comment";
import { insertQuote } from "@/lib/content/insert-quote";
import { latestVersionOf } from "@/lib/content/get-item";
import { listApprovedPassages } from "@/lib/content/list-approved-passages";
import { AcknowledgeFindingsInput } from "@/lib/disclosure/schemas";
import { acknowledgeFindings } from "@/lib/disclosure/acknowledge-findings";
import type { PastedSource } from "@/lib/content/pasted-testimony/match-passages";
import { pastedNotice, serverWording } from "@/lib/content/wording";
import { m } from "@/lib/i18n/translate";
import { emailOffNote, PARTNERS_NOT_EMAILED, REVIEWER_NOT_EMAILED } from "@/lib/notices/email-settings";

/** " Text from S-0002's approved testimony was found in this item (paragraph 2); its consent applies." per source. */
const pastedNotes = (pasted: PastedSource[]) => pasted.map((s) => ` ${pastedNotice(s, serverWording())}`).join("");

const refresh = (itemId: string) => {
  revalidatePath(`/content/${itemId}`);
  revalidatePath("/content");
};

export const createItemAction = authorizedAction("content:edit", CreateItemInput, async ({ user, requestId }, input) => {
  const { id } = await createItem(user, input, requestId);
  revalidatePath("/content");
  redirect(`/content/${id}`);
});

export const saveItemAction = authorizedAction("content:edit", SaveItemInput, async ({ user, requestId }, input) => {
  const { version, pasted } = await saveItem(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: `${m("content.actions.saved", { version })}${pastedNotes(pasted)}`, data: { version } };
});

// What someone else saved meanwhile, to show beside the text that lost the race.
export const latestVersionAction = authorizedAction("content:view", ItemIdInput, async ({ user }, input) => {
  const latest = await latestVersionOf(user, input.itemId);
  if (!latest) return { ok: false, error: m("content.errors.noSuchItem") };
  return { ok: true, data: latest };
});

export const submitItemAction = authorizedAction("content:edit", SubmitItemInput, async ({ user, requestId }, input) => {
  const { quasiIdentifiers, needsAcknowledgement, blocked, pasted } = await submitItem(user, input, requestId);
  refresh(input.itemId);
  const note = blocked
    ? ` ${m("content.actions.submittedBlocked")}`
    : needsAcknowledgement
      ? ` ${m("content.actions.submittedNeedsAcknowledgement", { count: quasiIdentifiers })}`
      : "";
  return { ok: true, message: `${m("content.actions.submitted")}${note}${pastedNotes(pasted)}${emailOffNote(REVIEWER_NOT_EMAILED)}` };
});

export const approveItemAction = authorizedAction("content:review", ItemTransitionInput, async ({ user, requestId }, input) => {
  await approveItem(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.approved") };
});

export const acknowledgeFindingsAction = authorizedAction("disclosure:acknowledge", AcknowledgeFindingsInput, async ({ user, requestId }, input) => {
  const { acknowledged } = await acknowledgeFindings(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.acknowledged", { count: acknowledged, version: input.expectedVersion }) };
});

export const requestChangesAction = authorizedAction("content:review", RequestChangesInput, async ({ user, requestId }, input) => {
  await requestItemChanges(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.changesRequested") };
});

export const publishItemAction = authorizedAction("content:publish", ItemTransitionInput, async ({ user, requestId }, input) => {
  await publishItem(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.published") };
});

export const retireItemAction = authorizedAction("content:retire", RetireItemInput, async ({ user, requestId }, input) => {
  await retireItem(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: `${m("content.actions.retired")}${emailOffNote(PARTNERS_NOT_EMAILED)}` };
});

export const reopenSuspendedItemAction = authorizedAction("content:edit", ItemTransitionInput, async ({ user, requestId }, input) => {
  await reopenSuspendedItem(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.reopened") };
});

export const liftSuspensionAction = authorizedAction("content:review", ItemTransitionInput, async ({ user, requestId }, input) => {
  await liftSuspension(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.lifted") };
});

export const restoreVersionAction = authorizedAction("content:edit", RestoreVersionInput, async ({ user, requestId }, input) => {
  await restoreVersion(user, input, requestId);
  refresh(input.itemId);
  revalidatePath(`/content/${input.itemId}/versions`);
  redirect(`/content/${input.itemId}`);
});

export const addCommentAction = authorizedAction("content:view", AddCommentInput, async ({ user, requestId }, input) => {
  await addComment(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.commentAdded") };
});

export const insertQuoteAction = authorizedAction("content:edit", InsertQuoteInput, async ({ user, requestId }, input) => {
  const { version } = await insertQuote(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.quoteInserted", { version }), data: { version } };
});

const PassageSearch = z.object({ q: z.string().max(200).default(""), page: z.coerce.number().int().min(1).max(1000).default(1) });

export const searchPassagesAction = authorizedAction("content:edit", PassageSearch, async ({ user }, input) => {
  return { ok: true, data: await listApprovedPassages(user, input.q, input.page) };
});
