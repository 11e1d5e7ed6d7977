import { isDatabaseEmpty, seedDemo } from "@/lib/demo/seed-demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

/** Returns whether this start seeded the demo (a first start). */
export async function seedEmbeddedDemoIfEmpty(): Promise<boolean> {
  const empty = await isDatabaseEmpty();
  if (empty) {
    console.log("Seeding fictional demo data …");
    await seedDemo();
  }
  console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(9)} ${account.email}`);
  console.log("");
  return empty;
}
