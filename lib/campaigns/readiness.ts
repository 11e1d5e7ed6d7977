import type { Db, Tx } from "@/lib/db/client";
import { emptyReadiness, type Readiness } from "./content-states";

/** Items per state for each campaign, in one grouped query. */
export async function readinessOf(client: Db | Tx, campaignIds: string[]): Promise<Map<string, Readiness>> {
  const result = new Map(campaignIds.map((id) => [id, emptyReadiness()]));
  if (campaignIds.length === 0) return result;
  const rows = await client.campaignItem.findMany({ where: { campaignId: { in: campaignIds } }, select: { campaignId: true, item: { select: { state: true } } } });
  for (const row of rows) result.get(row.campaignId)![row.item.state] += 1;
  return result;
}
