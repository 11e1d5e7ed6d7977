import { isDatabaseEmpty, seedDemo } from "@/lib/demo/seed-demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

export async function seedEmbeddedDemoIfEmpty(): Promise<void> {
  if (await isDatabaseEmpty()) {
    console.log("Seeding fictional demo data …");
    await seedDemo();
  }
  console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(9)} ${account.email}`);
  console.log("");
}
