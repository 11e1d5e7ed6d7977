// Two-factor sign-in for the seed staff accounts. On PostgreSQL every admin and reviewer must
// have a second factor (lib/auth/two-factor), so without one `npm run bench` would measure
// the set-up page's redirect instead of their pages. One secret for all of them: the dataset
// is for measuring, and the bench makes a code from it for each sign-in.
import { db } from "@/lib/db/client";
import { newTotpSecret } from "@/lib/auth/two-factor/totp";
import { sealTotpSecret } from "@/lib/auth/two-factor/totp-secret-box";
import type { SeedPeople } from "./seed-people";

/** Enrols every seed staff account with a new shared secret and returns it (Base32). */
export async function enrolSeedSecondFactors(people: SeedPeople, now = new Date()): Promise<string> {
  const secret = newTotpSecret();
  const staff = [people.admin, ...people.editors, ...people.reviewers];
  await db().$transaction(async (tx) => {
    for (const id of staff) {
      await tx.user.update({
        where: { id },
        data: { totpSecretEnc: sealTotpSecret(id, secret), totpEnabledAt: now, totpLastStep: null, totpPendingSecretEnc: null, totpPendingAt: null },
      });
    }
  });
  return secret;
}
