"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { publicUrl } from "@/lib/public-url";
import { EMAIL_OFF_MESSAGE } from "@/lib/notices/email-settings";
import { ChangeRoleInput, InviteUserInput, SetUserStatusInput } from "@/lib/users/schemas";
import { inviteUser } from "@/lib/users/invite-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserStatus } from "@/lib/users/set-user-status";
import { revokeInvitation } from "@/lib/users/revoke-invitation";
import { AdminResetTwoFactorInput, resetTwoFactorByAdmin } from "@/lib/auth/two-factor/reset-two-factor";
import { StaffRoleDecisionInput } from "@/lib/users/schemas";
import { confirmStaffRoleRequest, rejectStaffRoleRequest } from "@/lib/users/staff-roles/decide-staff-role-request";

export const inviteUserAction = authorizedAction("users:manage", InviteUserInput, async ({ user, requestId }, input) => {
  const outcome = await inviteUser(user, input, requestId);
  revalidatePath("/admin/users");
  if (outcome.kind === "pending") {
    return { ok: true, message: `Invitation for ${input.email} requested. Another admin must confirm it under "Waiting for a second admin"; they then receive the link.` };
  }
  if (outcome.emailed === "queued") return { ok: true, message: `Sent to ${input.email}. The invitation link expires ${outcome.expiresAt.toUTCString()}.` };
  return {
    ok: true,
    message: `${EMAIL_OFF_MESSAGE} Invitation created for ${input.email}. Send this link yourself; it is shown only once and expires ${outcome.expiresAt.toUTCString()}.`,
    data: { link: await publicUrl(`/invite/${outcome.token}`) },
  };
  // An invitation creates an account (a partner's at once): a stolen admin session must not mint one.
}, { reauth: true });

export const changeRoleAction = authorizedAction("users:manage", ChangeRoleInput, async ({ user, requestId }, input) => {
  const { pending } = await changeUserRole(user, input, requestId);
  revalidatePath("/admin/users");
  if (pending) return { ok: true, message: "Role change requested. Another admin must confirm it; until then nothing changes." };
  return { ok: true, message: "Role changed. Their current session has ended." };
}, { reauth: true });

export const setUserStatusAction = authorizedAction("users:manage", SetUserStatusInput, async ({ user, requestId }, input) => {
  await setUserStatus(user, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: input.status === "DISABLED" ? "Account disabled." : "Account enabled." };
  // Enabling brings a locked-out account back; disabling can shut out the team before a deadline.
}, { reauth: true });

export const revokeInvitationAction = authorizedAction("users:manage", z.object({ linkId: z.string().min(1) }), async ({ user, requestId }, input) => {
  await revokeInvitation(user, input.linkId, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: "Invitation revoked." };
});

// For someone who lost their device: clears their factor and recovery codes, ends their
// sessions, and (where it is required) makes them set up a new one at their next sign-in.
export const resetTwoFactorAction = authorizedAction("users:manage", AdminResetTwoFactorInput, async ({ session, requestId }, input) => {
  await resetTwoFactorByAdmin(session, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: "Two-factor sign-in reset. Their sessions have ended." };
}, { reauth: true });

export const confirmStaffRoleAction = authorizedAction("users:confirm-staff-role", StaffRoleDecisionInput, async ({ user, requestId }, input) => {
  const confirmed = await confirmStaffRoleRequest(user, input, requestId);
  // No revalidation: the decided request would leave the list, and with it the one-time link
  // shown in its row. The list is current again on the next visit.
  if (confirmed.kind === "role") return { ok: true, message: `Confirmed. ${confirmed.email} has the new role; their current session has ended.` };
  if (confirmed.emailed === "queued") return { ok: true, message: `Confirmed. Invitation sent to ${confirmed.email}; the link expires ${confirmed.expiresAt.toUTCString()}.` };
  return {
    ok: true,
    message: `Confirmed. ${EMAIL_OFF_MESSAGE} Send this invitation link to ${confirmed.email} yourself; it is shown only once and expires ${confirmed.expiresAt.toUTCString()}.`,
    data: { link: await publicUrl(`/invite/${confirmed.token}`) },
  };
}, { reauth: true });

export const rejectStaffRoleAction = authorizedAction("users:confirm-staff-role", StaffRoleDecisionInput, async ({ user, requestId }, input) => {
  await rejectStaffRoleRequest(user, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: "Request rejected." };
});
