// Signs each demo role in through the real form once; the journeys reuse the sessions.
import { ROLES, signIn, storageFor, test as setup } from "./support";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, `${role}@demo.test`);
    await page.context().storageState({ path: storageFor(role) });
  });
}
