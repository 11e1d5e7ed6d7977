// After migrating: approved testimony written before the pasted-testimony index existed (or
// under an older format of it) is indexed here, once per release, rather than inside the
// transaction of the first editor who saves an item afterwards.
import { db } from "@/lib/db/client";
import { indexStaleTestimony } from "@/lib/content/pasted-testimony/index-testimony";

export async function indexApprovedTestimony(): Promise<void> {
  const indexed = await indexStaleTestimony(db());
  if (indexed > 0) console.log(`Indexed ${indexed} approved testimonies, so that text pasted from them into content is found.`);
}
