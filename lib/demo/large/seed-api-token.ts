// A partner API token for the first seed organisation, so `npm run bench` can measure the API.
// Only its hash is stored, so an earlier run's token cannot be found again: each call issues a
// new one, through the same command an admin uses (audited as the seed admin).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { createPartnerToken } from "@/lib/partner-api/create-partner-token";
import type { SeedPeople } from "./seed-people";

export const SEED_API_TOKEN_NAME = "Benchmark (seed:large)";

/** Returns the plaintext: the caller shows it once, or writes it where it was asked to. */
export async function issueSeedApiToken(people: SeedPeople): Promise<string> {
  const admin: Actor = await db().user.findUniqueOrThrow({
    where: { id: people.admin },
    select: { id: true, email: true, name: true, role: true, partnerOrgId: true },
  });
  const first = people.partners[0];
  if (!first) throw new Error("The seed partner organisations are missing.");
  const { plaintext } = await createPartnerToken(admin, { partnerOrgId: first.orgId, name: SEED_API_TOKEN_NAME }, randomUUID());
  return plaintext;
}
