// The version history of an item, and any one or two versions of it, scoped by item id.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { itemVisibleTo } from "./item-access";

export async function listVersions(actor: Actor, itemId: string) {
  assertCan(actor, "content:view");
  if (!(await itemVisibleTo(db(), actor, itemId))) return [];
  const versions = await db().contentVersion.findMany({
    where: { itemId },
    orderBy: { number: "desc" },
    select: { number: true, title: true, createdAt: true, editedById: true },
  });
  const editors = await db().user.findMany({ where: { id: { in: [...new Set(versions.map((v) => v.editedById))] } }, select: { id: true, name: true } });
  const name = new Map(editors.map((e) => [e.id, e.name]));
  return versions.map((v) => ({ number: v.number, title: v.title, createdAt: v.createdAt, editedBy: name.get(v.editedById) ?? "unknown" }));
}

export async function getVersion(actor: Actor, itemId: string, number: number) {
  assertCan(actor, "content:view");
  if (!(await itemVisibleTo(db(), actor, itemId))) return null;
  return db().contentVersion.findUnique({
    where: { itemId_number: { itemId, number } },
    select: { number: true, title: true, body: true, language: true, type: true, audiences: true, channels: true, createdAt: true },
  });
}
