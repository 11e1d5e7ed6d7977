"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { utcMinute } from "@/components/redaction/utc-minute";
import {
  AddDictionaryEntryInput,
  CreateSourceInput,
  RemoveDictionaryEntryInput,
  SourceIdInput,
  UpdateConsentInput,
  UpdateSourceInput,
  WithdrawConsentInput,
} from "@/lib/sources/schemas";
import { createSource } from "@/lib/sources/create-source";
import { updateSource } from "@/lib/sources/update-source";
import { revealSourceIdentifiers } from "@/lib/sources/reveal-source-identifiers";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { removeDictionaryEntry } from "@/lib/sources/remove-dictionary-entry";
import { updateConsent } from "@/lib/sources/update-consent";
import { withdrawConsent } from "@/lib/sources/withdraw-consent";
import { EmergencyAccessInput, TeamMemberInput } from "@/lib/sources/team/schemas";
import { addTeamMember, removeTeamMember } from "@/lib/sources/team/change-team";
import { openEmergencyAccess } from "@/lib/sources/team/open-emergency-access";
import { emailOffNote, PARTNERS_NOT_EMAILED } from "@/lib/notices/email-settings";

export const createSourceAction = authorizedAction("sources:edit", CreateSourceInput, async ({ user, requestId }, input) => {
  const { id } = await createSource(user, input, requestId);
  revalidatePath("/sources");
  redirect(`/sources/${id}`);
});

// The real name and notes are identifiers, a hand-over puts a new editor on the team, and the
// risk level decides who must sign in with a second factor: a stale session changes none of them.
export const updateSourceAction = authorizedAction("sources:edit", UpdateSourceInput, async ({ user, requestId }, input) => {
  const { version } = await updateSource(user, input, requestId);
  revalidatePath(`/sources/${input.sourceId}`);
  return { ok: true, message: m("sources.actions.saved"), data: { version } };
}, { reauth: true });

// The identifiers travel only in this action's response, never in a page or a URL.
export const revealIdentifiersAction = authorizedAction("sources:reveal", SourceIdInput, async ({ user, requestId }, input) => {
  const identifiers = await revealSourceIdentifiers(user, input.sourceId, requestId);
  return { ok: true, data: identifiers };
}, { reauth: true });

export const addDictionaryEntryAction = authorizedAction("sources:edit", AddDictionaryEntryInput, async ({ user, requestId }, input) => {
  const dictionary = await addDictionaryEntry(user, input, requestId);
  return { ok: true, message: m("sources.actions.dictionaryAdded"), data: { dictionary } };
}, { reauth: true });

export const removeDictionaryEntryAction = authorizedAction("sources:edit", RemoveDictionaryEntryInput, async ({ user, requestId }, input) => {
  const dictionary = await removeDictionaryEntry(user, input, requestId);
  return { ok: true, message: m("sources.actions.dictionaryRemoved"), data: { dictionary } };
}, { reauth: true });

export const updateConsentAction = authorizedAction("sources:edit", UpdateConsentInput, async ({ user, requestId }, input) => {
  await updateConsent(user, input, requestId);
  revalidatePath(`/sources/${input.sourceId}`);
  revalidatePath("/sources");
  return { ok: true, message: m("sources.actions.consentSaved") };
});

export const withdrawConsentAction = authorizedAction("sources:edit", WithdrawConsentInput, async ({ user, requestId }, input) => {
  await withdrawConsent(user, input, requestId);
  revalidatePath(`/sources/${input.sourceId}`);
  revalidatePath("/sources");
  return { ok: true, message: `${m("sources.actions.consentWithdrawn")}${emailOffNote(PARTNERS_NOT_EMAILED)}` };
});

export const addTeamMemberAction = authorizedAction("sources:manage-team", TeamMemberInput, async ({ user, requestId }, input) => {
  await addTeamMember(user, input, requestId);
  revalidatePath(`/sources/${input.sourceId}`);
  return { ok: true, message: m("sources.actions.teamAdded") };
}, { reauth: true });

// Removing someone also changes who is told of emergency access and who watches the source.
export const removeTeamMemberAction = authorizedAction("sources:manage-team", TeamMemberInput, async ({ user, requestId }, input) => {
  await removeTeamMember(user, input, requestId);
  revalidatePath(`/sources/${input.sourceId}`);
  return { ok: true, message: m("sources.actions.teamRemoved") };
}, { reauth: true });

export const openEmergencyAccessAction = authorizedAction("sources:emergency-access", EmergencyAccessInput, async ({ user, requestId }, input) => {
  const { expiresAt } = await openEmergencyAccess(user, input, requestId);
  revalidatePath(`/sources/${input.sourceId}`);
  return { ok: true, message: m("sources.actions.emergencyOpen", { when: utcMinute(expiresAt) }) };
}, { reauth: true });
