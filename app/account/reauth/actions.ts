"use server";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { ReauthInput, reauthenticate } from "@/lib/auth/reauthenticate";
import { safeReturnPath } from "@/lib/auth/recent-reauth";

export const reauthenticateAction = authorizedAction("account:security", ReauthInput, async ({ session, requestId }, input) => {
  await reauthenticate(session, input, requestId);
  // Back to where the person was: a path on this site only, never another host.
  redirect(safeReturnPath(input.next));
});
