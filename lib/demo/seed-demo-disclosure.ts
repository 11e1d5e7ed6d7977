// Seeds the demo's nearly used disclosure budget (see demo-disclosure.ts) after the campaign,
// so the campaign and the partner's portal stay as they were.
import type { Actor } from "@/lib/auth/policy";
import { DEMO_DISCLOSURE_ITEMS } from "./demo-disclosure";
import { HADI } from "./demo-sources-hadi";

export async function seedDemoDisclosure(editor: Actor, requestId: string): Promise<void> {
  const { seedDemoSource } = await import("./seed-demo-sources");
  const { approveDemoRedactions } = await import("./seed-demo-redactions");
  const { demoActor, seedDemoItems, CONTENT_REVIEWER, REDACTION_REVIEWER } = await import("./seed-demo-content");
  const { code } = await seedDemoSource(editor, HADI, requestId);
  await approveDemoRedactions(editor, await demoActor(REDACTION_REVIEWER), [code], requestId);
  await seedDemoItems(editor, await demoActor(CONTENT_REVIEWER), DEMO_DISCLOSURE_ITEMS, requestId);
}
