"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { retryDeadJob, RetryJobInput } from "@/lib/jobs/background/admin-jobs";

export const retryJobAction = authorizedAction("jobs:manage", RetryJobInput, async ({ user, requestId }, input) => {
  await retryDeadJob(user, input, requestId);
  revalidatePath("/admin/jobs");
  return { ok: true, message: m("admin.jobs.retried") };
});
