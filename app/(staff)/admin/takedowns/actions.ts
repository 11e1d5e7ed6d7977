"use server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { sendConsentDigestsNow } from "@/lib/sources/send-consent-digests-now";

export const sendConsentDigestsAction = authorizedAction("notices:send-digests", z.object({}), async ({ user, requestId }) => {
  return { ok: true, message: await sendConsentDigestsNow(user, requestId) };
});
