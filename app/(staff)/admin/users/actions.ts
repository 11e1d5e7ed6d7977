"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { publicUrl } from "@/lib/public-url";
import { ChangeRoleInput, InviteUserInput, SetUserStatusInput } from "@/lib/users/schemas";
import { inviteUser } from "@/lib/users/invite-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserStatus } from "@/lib/users/set-user-status";
import { revokeInvitation } from "@/lib/users/revoke-invitation";
import { AdminResetTwoFactorInput, resetTwoFactorByAdmin } from "@/lib/auth/two-factor/reset-two-factor";

export const inviteUserAction = authorizedAction("users:manage", InviteUserInput, async ({ user, requestId }, input) => {
  const { token, expiresAt } = await inviteUser(user, input, requestId);
  revalidatePath("/admin/users");
  return {
    ok: true,
    message: `Invitation created for ${input.email}. Send this link yourself; it is shown only once and expires ${expiresAt.toUTCString()}.`,
    data: { link: await publicUrl(`/invite/${token}`) },
  };
});

export const changeRoleAction = authorizedAction("users:manage", ChangeRoleInput, async ({ user, requestId }, input) => {
  await changeUserRole(user, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: "Role changed. Their current session has ended." };
}, { reauth: true });

export const setUserStatusAction = authorizedAction("users:manage", SetUserStatusInput, async ({ user, requestId }, input) => {
  await setUserStatus(user, input, requestId);
  revalidatePath("/admin/users");
  return { ok: true, message: input.status === "DISABLED" ? "Account disabled." : "Account enabled." };
});

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
