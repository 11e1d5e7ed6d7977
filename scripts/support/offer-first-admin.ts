// The first `npm start` without demo data: nobody could sign in, so ask for the first admin
// when someone is at the terminal, and otherwise say how to create one.
import { hasActiveAdmin } from "@/lib/users/create-bootstrap-admin";
import { setUpFirstAdmin } from "./first-admin-setup";

export async function offerFirstAdmin(publicUrl: string | undefined, embedded: boolean): Promise<void> {
  if (await hasActiveAdmin()) return;
  if (process.stdin.isTTY) {
    await setUpFirstAdmin({ input: process.stdin, output: process.stdout }, new URL("/signin", publicUrl).toString());
    return;
  }
  const stop = embedded ? "stop the server and " : "";
  console.log(`No admin account exists yet: ${stop}run \`npm run setup\` in a terminal, or \`npm run admin:create -- --email you@your-org.org\` for a one-time link.`);
}
