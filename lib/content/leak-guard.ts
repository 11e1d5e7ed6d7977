// Refuses to let an item out while anything a partner would receive of it — its title,
// body, image descriptions, and each delivered form (files, PDF, preview, API, file
// names) — contains an identifier of ANY source: a dictionary entry or real name in any
// spelling, script or markup, or a direct identifier the detector found with evidence.
// Hits carry the text they are in and a position only; messages never repeat the identifier.
import "server-only";
import { createHash } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db/client";
import { readUnreadPictures } from "./attachments/read-unread-pictures";
import { deliveredForms } from "@/lib/delivery/delivered-forms";
import { Conflict, DomainError, NotFound } from "@/lib/errors";
import { findLeaksInForms, type CheckedForm, type LeakHit } from "@/lib/leak-guard/check-forms";
import { databaseIndex } from "@/lib/leak-guard/identifier-index/database-index";
import type { IndexLookup } from "@/lib/leak-guard/identifier-index/find-in-index";
import { rebuildStaleIndexes } from "@/lib/leak-guard/identifier-index/source-index";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { m } from "@/lib/i18n/translate";
import { describeLeak } from "./wording";

export type { LeakHit } from "@/lib/leak-guard/check-forms";
export type CheckedField = CheckedForm;
export { describeHit } from "@/lib/leak-guard/check-forms";

export class ReleaseBlocked extends DomainError {}

/** The identifier index, with any source not yet indexed under the current format indexed first. */
export async function identifierIndex(client: Db | Tx): Promise<IndexLookup> {
  await rebuildStaleIndexes(client);
  return databaseIndex(client);
}

const ITEM_FIELDS = {
  id: true,
  version: true,
  type: true,
  language: true,
  title: true,
  body: true,
  attachments: { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], select: { id: true, fileName: true, mimeType: true, altText: true, caption: true, imageText: true } },
};

async function loadItem(client: Db | Tx, itemId: string) {
  const item = await client.contentItem.findUnique({ where: { id: itemId }, select: ITEM_FIELDS });
  if (!item) throw new NotFound(m("content.errors.noSuchItem"));
  return item;
}

function fieldsOf(item: Awaited<ReturnType<typeof loadItem>>): CheckedField[] {
  const fields: CheckedField[] = [
    { field: "title", label: "Title", text: item.title },
    { field: "body", label: "Body", text: item.body, markdown: true },
  ];
  item.attachments.forEach((a, i) => {
    fields.push({ field: `attachment:${a.id}:fileName`, label: `Attachment ${i + 1} file name`, text: a.fileName });
    if (a.altText) fields.push({ field: `attachment:${a.id}:altText`, label: `Attachment ${i + 1} alt text`, text: a.altText });
    if (a.caption) fields.push({ field: `attachment:${a.id}:caption`, label: `Attachment ${i + 1} caption`, text: a.caption });
    if (a.imageText) fields.push({ field: `attachment:${a.id}:imageText`, label: `Attachment ${i + 1} words in the picture`, text: a.imageText });
  });
  return fields;
}

/** The texts an editor wrote that a partner would receive: title, body, and each attachment's name and image text. */
export async function releasableFields(client: Db | Tx, itemId: string): Promise<CheckedField[]> {
  return fieldsOf(await loadItem(client, itemId));
}

/** Hits in the given texts (positions in those texts). */
export async function findLeaks(client: Db | Tx, fields: CheckedField[]): Promise<LeakHit[]> {
  return findLeaksInForms(fields, await identifierIndex(client));
}

/** An item's texts and delivered forms, rendered for one version (rendering takes a while: do it before a transaction). */
export type ReleaseForms = { itemId: string; version: number; forms: CheckedField[] };

// Submission, approval and publication of one version render the same forms; rendering a
// PDF and reading it back is the slow part, so forms are kept per content, a few at a time.
const RENDERED = new Map<string, CheckedField[]>();
const RENDERED_LIMIT = 64;

async function renderedForms(item: Awaited<ReturnType<typeof loadItem>>): Promise<CheckedField[]> {
  const key = createHash("sha256").update(JSON.stringify([item.id, item.type, item.language, item.title, item.body, item.attachments])).digest("hex");
  const cached = RENDERED.get(key);
  if (cached) return cached;
  const forms = await deliveredForms(item);
  if (RENDERED.size >= RENDERED_LIMIT) RENDERED.delete(RENDERED.keys().next().value!);
  RENDERED.set(key, forms);
  return forms;
}

export async function prepareReleaseForms(client: Db | Tx, itemId: string): Promise<ReleaseForms> {
  await loadGuardWords();
  await readUnreadPictures(db(), [itemId]);
  const item = await loadItem(client, itemId);
  // a picture that could not be read might show a name: the item waits until it can be
  if (item.attachments.some((a) => a.imageText === null)) throw new ReleaseBlocked(m("content.errors.pictureUnread"));
  return { itemId, version: item.version, forms: [...fieldsOf(item), ...(await renderedForms(item))] };
}

/** Hits in what the editor wrote and in every form a partner would receive. */
export async function findReleaseLeaks(client: Db | Tx, prepared: ReleaseForms): Promise<LeakHit[]> {
  return findLeaksInForms(prepared.forms, await identifierIndex(client));
}

export const CHANGED_WHILE_CHECKED = "The item changed while it was being checked; reload it and try again.";

/** Refuses the step unless `prepared` is of the item's current version and nothing in it may identify a source. */
export async function assertNoLeaks(client: Db | Tx, prepared: ReleaseForms, currentVersion: number, verb: "submitted" | "approved" | "published" | "released"): Promise<void> {
  if (prepared.version !== currentVersion) throw new Conflict(m("content.errors.changedWhileChecked"));
  const hits = await findReleaseLeaks(client, prepared);
  if (hits.length === 0) return;
  const { forms } = prepared;
  // What the editor wrote is where to look; the delivered forms are named only when the
  // identifier appears nowhere else (it arose from rendering).
  const written = hits.filter((h) => !h.field.startsWith("delivered:"));
  const shown = written.length > 0 ? written : hits;
  const listed = shown.slice(0, 10).map((h) => describeLeak(h, forms, m)).join("; ");
  const more = shown.length > 10 ? m("content.leaks.andMore", { count: shown.length - 10 }) : "";
  throw new ReleaseBlocked(m("content.errors.leaks", { verb, hits: `${listed}${more}` }));
}
