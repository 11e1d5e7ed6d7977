// The reviewers an editor (or admin) may assign: active reviewers, minus the authors.
import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";

export async function listReviewerChoices(_actor: Actor, excludeIds: readonly string[] = []): Promise<{ id: string; name: string }[]> {
  return db().user.findMany({
    where: { role: "REVIEWER", status: "ACTIVE", id: { notIn: [...excludeIds] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true },
  });
}
