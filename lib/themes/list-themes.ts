import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";

/** The taxonomy page: every theme, archived last, with how many items carry it. */
export async function listThemes(actor: Actor) {
  assertCan(actor, "themes:manage");
  return db().theme.findMany({
    orderBy: [{ archived: "asc" }, { name: "asc" }],
    take: 500,
    select: { id: true, name: true, archived: true, _count: { select: { items: true } } },
  });
}

/** For pickers on new items and for search filters: active themes only. */
export async function listThemeChoices(actor: Actor, options: { includeArchived?: boolean } = {}) {
  assertCan(actor, "content:view");
  return db().theme.findMany({
    where: options.includeArchived ? {} : { archived: false },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, archived: true },
  });
}
