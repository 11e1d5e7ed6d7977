// The large dataset goes only where nothing real can be mixed into it: a database whose
// accounts are all demo (@demo.test) or seed (@seed.test) ones, or that has none yet.
// An organisation's database has at least its admins: with them present the seed refuses
// unless told --force (its rows are then easy to tell apart, but not to remove: the audit
// trail is append-only).
import { db } from "@/lib/db/client";
import { SEED_EMAIL_DOMAIN } from "./seed-people";

const FICTIONAL_DOMAINS = ["demo.test", SEED_EMAIL_DOMAIN];

/** How many accounts belong to real people (any address outside the fictional domains). */
export async function countRealAccounts(): Promise<number> {
  return db().user.count({ where: { NOT: { OR: FICTIONAL_DOMAINS.map((domain) => ({ email: { endsWith: `@${domain}` } })) } } });
}
