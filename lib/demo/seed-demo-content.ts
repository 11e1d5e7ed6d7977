// Seeds the demo's content through the workflow people use: the testimony of S-0002 and
// S-0003 redacted and approved, then each item drafted, quoted from the picker, reviewed
// and published, so the leak guard, the consent check, versions and audit rows hold as in
// real use. S-0001 is left in Draft: the end-to-end journeys redact it themselves.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { createItem } from "@/lib/content/create-item";
import { insertQuote } from "@/lib/content/insert-quote";
import { listApprovedPassages } from "@/lib/content/list-approved-passages";
import { listThemes } from "@/lib/content/list-items";
import { publishItem } from "@/lib/content/publish-item";
import { approveItem, requestItemChanges } from "@/lib/content/review-item";
import { saveItem } from "@/lib/content/save-item";
import { submitItem } from "@/lib/content/submit-item";
import { DEMO_ITEMS, type DemoItem } from "./demo-content";
import { approveDemoRedactions } from "./seed-demo-redactions";

export const DEMO_QUOTED_SOURCE_CODES = ["S-0002", "S-0003"] as const;
/** Rosa approves the demo's redactions, Rami reviews its content: two reviewers, as in real use. */
export const REDACTION_REVIEWER = "reviewer2@demo.test";
export const CONTENT_REVIEWER = "reviewer@demo.test";

export async function demoActor(email: string): Promise<Actor> {
  return db().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, partnerOrgId: true } });
}

/** Where the quote stands in the approved text, found the way an editor finds it: through the picker. */
async function findPassage(editor: Actor, item: DemoItem) {
  const { items } = await listApprovedPassages(editor, item.quote.text, 1);
  const passage = items.find((p) => p.sourceCode === item.quote.sourceCode && p.language === item.language && p.text.includes(item.quote.text));
  if (!passage) throw new Error(`Demo item “${item.title}”: its quote is no longer in the approved text of ${item.quote.sourceCode}; update lib/demo/demo-content.ts.`);
  const start = passage.start + passage.text.indexOf(item.quote.text);
  return { redactedTextId: passage.redactedTextId, start, end: start + item.quote.text.length };
}

async function seedItem(editor: Actor, reviewer: Actor, item: DemoItem, themeIds: Map<string, string>, requestId: string): Promise<void> {
  const fields = {
    type: item.type,
    title: item.title,
    language: item.language,
    themeIds: item.themes.map((name) => themeIds.get(name)!),
    audiences: item.audiences,
    channels: item.channels,
    internalNotes: item.internalNotes ?? null,
  };
  const { id: itemId } = await createItem(editor, { ...fields, body: item.intro }, requestId);
  let { version } = await insertQuote(editor, { itemId, expectedVersion: 1, usage: "VERBATIM", ...(await findPassage(editor, item)) }, requestId);
  if (item.outro) {
    const { body } = await db().contentItem.findUniqueOrThrow({ where: { id: itemId }, select: { body: true } });
    ({ version } = await saveItem(editor, { itemId, expectedVersion: version, ...fields, body: `${body.trimEnd()}\n\n${item.outro}\n` }, requestId));
  }
  if (item.state === "DRAFT") return;
  const step = { itemId, expectedVersion: version };
  // Rami is assigned every demo item: the only reviewer who may read and decide on them.
  await submitItem(editor, { ...step, reviewerId: reviewer.id }, requestId);
  if (item.state === "IN_REVIEW") return;
  if (item.state === "CHANGES_REQUESTED") return requestItemChanges(reviewer, { ...step, comment: item.comment ?? "Please revise." }, requestId);
  await approveItem(reviewer, step, requestId);
  if (item.state === "PUBLISHED") await publishItem(editor, step, requestId);
}

/** Each item drafted, quoted, and taken to its state through the workflow, in order. */
export async function seedDemoItems(editor: Actor, reviewer: Actor, items: readonly DemoItem[], requestId: string): Promise<void> {
  const themeIds = new Map((await listThemes(editor)).map((t) => [t.name, t.id]));
  for (const item of items) await seedItem(editor, reviewer, item, themeIds, requestId);
}

export async function seedDemoContent(editor: Actor, requestId: string): Promise<void> {
  await approveDemoRedactions(editor, await demoActor(REDACTION_REVIEWER), DEMO_QUOTED_SOURCE_CODES, requestId);
  await seedDemoItems(editor, await demoActor(CONTENT_REVIEWER), DEMO_ITEMS, requestId);
}
