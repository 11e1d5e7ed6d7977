"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { retryDeadJob, RetryJobInput } from "@/lib/jobs/background/admin-jobs";

export const retryJobAction = authorizedAction("jobs:manage", RetryJobInput, async ({ user, requestId }, input) => {
  await retryDeadJob(user, input, requestId);
  revalidatePath("/admin/jobs");
  return { ok: true, message: "The job is queued again." };
});
