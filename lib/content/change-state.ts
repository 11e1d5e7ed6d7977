// The one guarded write of a workflow step: only if the item is still at the
// version and in the state this step was decided on.
import "server-only";
import { m } from "@/lib/i18n/translate";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { Conflict } from "@/lib/errors";
import type { ContentState } from "./content-states";

export const STATE_CHANGED = "The item changed while you were looking at it. Reload and try again.";

export async function changeState(tx: Tx, item: { id: string; version: number; state: string }, next: ContentState, data: Prisma.ContentItemUpdateManyMutationInput = {}): Promise<void> {
  const updated = await tx.contentItem.updateMany({ where: { id: item.id, version: item.version, state: item.state as ContentState }, data: { ...data, state: next } });
  if (updated.count !== 1) throw new Conflict(m("content.errors.stateChanged"));
}
