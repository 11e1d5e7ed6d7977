// Seeds the demo's source whose approved testimony no item quotes (see demo-sources-salma.ts),
// last, so the codes, campaign and portal of the rest of the demo stay as they were.
import type { Actor } from "@/lib/auth/policy";
import { SALMA } from "./demo-sources-salma";

export async function seedDemoPasted(editor: Actor, requestId: string): Promise<void> {
  const { seedDemoSource } = await import("./seed-demo-sources");
  const { approveDemoRedactions } = await import("./seed-demo-redactions");
  const { demoActor, REDACTION_REVIEWER } = await import("./seed-demo-content");
  const { code } = await seedDemoSource(editor, SALMA, requestId);
  await approveDemoRedactions(editor, await demoActor(REDACTION_REVIEWER), [code], requestId);
}
