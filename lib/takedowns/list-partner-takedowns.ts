// GET /api/v1/takedowns: the token's organisation's take-downs, open first, so an
// integration can poll for what it still has to remove.
import "server-only";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/pagination";
import type { PartnerCaller } from "@/lib/partner-api/authenticate-partner-token";
import type { TakedownList } from "@/lib/partner-api/schemas";
import { describeTakedowns, OPEN_FIRST, TAKEDOWN_SELECT } from "./partner-takedowns";

export const TAKEDOWN_PAGE_SIZE = 100;

export async function listPartnerTakedowns(caller: PartnerCaller, page: number): Promise<TakedownList> {
  const where = { partnerOrgId: caller.partnerOrgId };
  const [rows, total] = await db().$transaction([
    db().takedown.findMany({ where, orderBy: OPEN_FIRST, ...pageWindow(page, TAKEDOWN_PAGE_SIZE), select: TAKEDOWN_SELECT }),
    db().takedown.count({ where }),
  ]);
  return { takedowns: await describeTakedowns(db(), rows), page, pageCount: Math.max(1, Math.ceil(total / TAKEDOWN_PAGE_SIZE)) };
}
