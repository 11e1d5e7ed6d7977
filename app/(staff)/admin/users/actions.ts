"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { publicUrl } from "@/lib/public-url";
import { m } from "@/lib/i18n/translate";
import { ChangeRoleInput, InviteUserInput, SetUserStatusInput } from "@/lib/users/schemas";
import { inviteUser } from "@/lib/users/invite-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserStatus } from "@/lib/users/set-user-status";
import { revokeInvitation } from "@/lib/users/revoke-invitation";
import { AdminResetTwoFactorInput, resetTwoFactorByAdmin } from "@/lib/auth/two-factor/reset-two-factor";
import { StaffRoleDecisionInput } from "@/lib/users/schemas";
import { confirmStaffRoleRequest, rejectStaffRoleRequest } from "@/lib/users/staff-roles/decide-staff-role-request";

// Expiry times as the English UI has always said them (toUTCString) and, elsewhere, in the request's language.
const expiry = (date: Date) => m("users.messages.expiry", { date });

export const inviteUserAction = authorizedAction("users:manage", InviteUserInput, async ({ user, requestId }, input) => {
  const outcome = await inviteUser(user, input, requestId);
  revalidatePath("/admin/users");
  if (outcome.kind === "pending") return { ok: true, message: m("users.messages.invitationRequested", { email: input.email }) };
  if (outcome.emailed === "queued") return { ok: true, message: m("users.messages.invitationSent", { email: input.email, expires: expiry(outcome.expiresAt) }) };
  return {
    ok: true,
    message: m("users.messages.invitationLink", { email: input.email, expires: expiry(outcome.expiresAt) }),
    data: { link: await publicUrl(`/invite/${outcome.token}`) },
  };
  // An invitation creates an account (a partner's at once): a stolen admin session must not mint one.
}, { reauth: true });

export const changeRoleAction = authorizedAction("users:manage", ChangeRoleInput, async ({ user, requestId }, input) => {
  const { pending } = await changeUserRole(user, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: m(pending ? "users.messages.roleChangeRequested" : "users.messages.roleChanged") };
}, { reauth: true });

export const setUserStatusAction = authorizedAction("users:manage", SetUserStatusInput, async ({ user, requestId }, input) => {
  await setUserStatus(user, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: m(input.status === "DISABLED" ? "users.messages.disabled" : "users.messages.enabled") };
  // Enabling brings a locked-out account back; disabling can shut out the team before a deadline.
}, { reauth: true });

export const revokeInvitationAction = authorizedAction("users:manage", z.object({ linkId: z.string().min(1) }), async ({ user, requestId }, input) => {
  await revokeInvitation(user, input.linkId, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: m("users.messages.invitationRevoked") };
});

// For someone who lost their device: clears their factor and recovery codes, ends their
// sessions, and (where it is required) makes them set up a new one at their next sign-in.
export const resetTwoFactorAction = authorizedAction("users:manage", AdminResetTwoFactorInput, async ({ session, requestId }, input) => {
  await resetTwoFactorByAdmin(session, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: m("users.messages.twoFactorReset") };
}, { reauth: true });

export const confirmStaffRoleAction = authorizedAction("users:confirm-staff-role", StaffRoleDecisionInput, async ({ user, requestId }, input) => {
  const confirmed = await confirmStaffRoleRequest(user, input, requestId);
  // No revalidation: the decided request would leave the list, and with it the one-time link
  // shown in its row. The list is current again on the next visit.
  if (confirmed.kind === "role") return { ok: true, message: m("users.messages.confirmedRole", { email: confirmed.email }) };
  if (confirmed.emailed === "queued") return { ok: true, message: m("users.messages.confirmedInvitationSent", { email: confirmed.email, expires: expiry(confirmed.expiresAt) }) };
  return {
    ok: true,
    message: m("users.messages.confirmedInvitationLink", { email: confirmed.email, expires: expiry(confirmed.expiresAt) }),
    data: { link: await publicUrl(`/invite/${confirmed.token}`) },
  };
}, { reauth: true });

export const rejectStaffRoleAction = authorizedAction("users:confirm-staff-role", StaffRoleDecisionInput, async ({ user, requestId }, input) => {
  await rejectStaffRoleRequest(user, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: m("users.messages.rejected") };
});
