import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { createUser, rid } from "@/tests/support/factories";
import { createItem } from "@/lib/content/create-item";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem, requestItemChanges } from "@/lib/content/review-item";
import { listContentAwaitingMyReview, listMyContentDrafts, listSuspendedItems } from "./content-work";

const fields = { type: "SOCIAL_POST" as const, language: "en" as const, body: "They promised a salary. It came late, then never.", themeIds: [], audiences: [], channels: ["WEB" as const] };

async function item(editor: Actor, title: string, to: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" = "DRAFT", reviewer?: Actor) {
  const { id } = await createItem(editor, { ...fields, title }, rid());
  if (to === "DRAFT") return id;
  await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: reviewer!.id }, rid());
  if (to === "CHANGES_REQUESTED") await requestItemChanges(reviewer!, { itemId: id, expectedVersion: 1, comment: "Shorter, please." }, rid());
  if (to === "APPROVED") await approveItem(reviewer!, { itemId: id, expectedVersion: 1 }, rid());
  return id;
}

const titles = (list: { items: { title: string }[] } | null) => list?.items.map((i) => i.title);

describe("my content drafts", () => {
  it("lists the drafts and sent-back items I created, most recently changed first, and nobody else's", async () => {
    const [me, colleague, reviewer] = [await createUser("EDITOR"), await createUser("EDITOR"), await createUser("REVIEWER")];
    await item(me, "Older draft");
    await item(me, "Sent back", "CHANGES_REQUESTED", reviewer);
    await item(me, "In review", "IN_REVIEW", reviewer);
    await item(me, "Approved", "APPROVED", reviewer);
    await item(colleague, "Colleague's draft");
    const drafts = await listMyContentDrafts(me);
    expect(titles(drafts)).toEqual(["Sent back", "Older draft"]);
    expect(drafts?.total).toBe(2);
    expect(drafts?.items.map((i) => i.state)).toEqual(["CHANGES_REQUESTED", "DRAFT"]);
  });

  it("shows a few and counts them all", async () => {
    const me = await createUser("EDITOR");
    for (let i = 1; i <= 7; i++) await item(me, `Draft ${i}`);
    const drafts = await listMyContentDrafts(me, 5);
    expect(drafts?.items).toHaveLength(5);
    expect(drafts?.total).toBe(7);
  });

  it("is empty for an editor with no drafts, and not offered to those who do not draft", async () => {
    expect(await listMyContentDrafts(await createUser("EDITOR"))).toEqual({ items: [], total: 0 });
    for (const role of ["REVIEWER", "ADMIN", "PARTNER"] as const) expect(await listMyContentDrafts(await createUser(role)), role).toBeNull();
  });
});

describe("content waiting for my review", () => {
  it("lists items in review assigned to me, oldest first, except those I edited", async () => {
    const [editor, reviewer, elsewhere] = [await createUser("EDITOR"), await createUser("REVIEWER"), await createUser("REVIEWER")];
    const first = await item(editor, "First in", "IN_REVIEW", reviewer);
    const second = await item(editor, "Second in", "IN_REVIEW", reviewer);
    await item(editor, "Assigned to someone else", "IN_REVIEW", elsewhere);
    await item(editor, "Still a draft");
    await item(editor, "Sent back", "CHANGES_REQUESTED", reviewer);
    // A former editor, now a reviewer, may not review the item they wrote, even if assigned to it.
    const convert = await createUser("EDITOR");
    const own = await item(convert, "Written by the convert", "IN_REVIEW", reviewer);
    await db().user.update({ where: { id: convert.id }, data: { role: "REVIEWER" } });
    await db().reviewAssignment.createMany({ data: [first, second, own].map((itemId) => ({ reviewerId: convert.id, assignedById: editor.id, itemId })) });

    const queue = await listContentAwaitingMyReview(reviewer);
    expect(titles(queue)).toEqual(["First in", "Second in", "Written by the convert"]);
    expect(queue?.total).toBe(3);
    const theirs = await listContentAwaitingMyReview({ ...convert, role: "REVIEWER" });
    expect(titles(theirs)).toEqual(["First in", "Second in"]);
    expect(theirs?.total).toBe(2);
  });

  it("shows a few and counts them all; empty when nothing waits; not offered to non-reviewers", async () => {
    const [editor, reviewer] = [await createUser("EDITOR"), await createUser("REVIEWER")];
    expect(await listContentAwaitingMyReview(reviewer)).toEqual({ items: [], total: 0 });
    for (let i = 1; i <= 6; i++) await item(editor, `Item ${i}`, "IN_REVIEW", reviewer);
    const queue = await listContentAwaitingMyReview(reviewer, 5);
    expect(queue?.items).toHaveLength(5);
    expect(queue?.total).toBe(6);
    for (const role of ["EDITOR", "ADMIN", "PARTNER"] as const) expect(await listContentAwaitingMyReview(await createUser(role)), role).toBeNull();
  });
});

describe("suspended items", () => {
  it("shows a reviewer the suspended approved items assigned to them, and an editor every one", async () => {
    const [editor, reviewer, elsewhere] = [await createUser("EDITOR"), await createUser("REVIEWER"), await createUser("REVIEWER")];
    const mine = await item(editor, "Mine, suspended", "APPROVED", reviewer);
    await item(editor, "Mine, not suspended", "APPROVED", reviewer);
    const theirs = await item(editor, "Someone else's, suspended", "APPROVED", elsewhere);
    const inReview = await item(editor, "In review, suspended", "IN_REVIEW", reviewer);
    await db().contentItem.updateMany({ where: { id: { in: [mine, theirs, inReview] } }, data: { suspendedAt: new Date(), suspendedReason: "test" } });

    expect(titles(await listSuspendedItems(reviewer))).toEqual(["Mine, suspended"]);
    expect((await listSuspendedItems(editor))?.items.map((i) => i.title).sort()).toEqual(["Mine, suspended", "Someone else's, suspended"]);
  });
});
