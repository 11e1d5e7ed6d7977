import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";

/** For the handling-editor select: active editors by name. */
export async function listHandlingEditorChoices(actor: Actor) {
  assertCan(actor, "sources:edit");
  return db().user.findMany({
    where: { role: "EDITOR", status: "ACTIVE" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}
