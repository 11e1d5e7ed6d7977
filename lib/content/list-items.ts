// The content list with its filters, a page at a time.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";
import { visibleItemsWhere } from "./item-access";
import type { ContentFilters } from "./schemas";

export async function listItems(actor: Actor, filters: ContentFilters, page: number) {
  assertCan(actor, "content:view");
  const where = { ...(await visibleItemsWhere(db(), actor)), state: filters.state, type: filters.type, language: filters.language, ...(filters.suspended ? { suspendedAt: { not: null } } : {}) };
  const [items, total] = await Promise.all([
    db().contentItem.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageWindow(page),
      select: { id: true, title: true, type: true, state: true, language: true, version: true, updatedAt: true },
    }),
    db().contentItem.count({ where }),
  ]);
  return toPage(items, total, page);
}

export async function listThemes(actor: Actor) {
  assertCan(actor, "content:view");
  return db().theme.findMany({ where: { archived: false }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
