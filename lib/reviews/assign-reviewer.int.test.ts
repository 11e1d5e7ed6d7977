// Red team of issue 11 (second round): an assignment lets a reviewer read a testimony's raw
// transcript without being on its source's team and without the team being told, so an admin
// assigns reviewers only to work that is waiting for review — never to an approved redaction
// or a draft, which would be emergency access without its reason, hour or notice.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem, createUser, rid } from "@/tests/support/factories";
import { createSourceWithTestimony } from "@/tests/support/testimony-fixtures";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { InvalidTransition, NotAllowed } from "@/lib/errors";
import { assignReviewer } from "./assign-reviewer";

async function redactionIn(state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED") {
  const editor = await createUser("EDITOR");
  const { testimonyId } = await createSourceWithTestimony(editor);
  const redaction = await db().redaction.create({ data: { testimonyId, state, workEnc: Buffer.from("{}"), editorIds: [editor.id] } });
  return { testimonyId, redactionId: redaction.id };
}

describe("an admin assigning a reviewer", () => {
  it.each(["APPROVED", "DRAFT", "CHANGES_REQUESTED"] as const)("is refused for a %s redaction, and the reviewer gets no raw testimony", async (state) => {
    const admin = await createUser("ADMIN");
    const reviewer = await createUser("REVIEWER");
    const { testimonyId, redactionId } = await redactionIn(state);
    await expect(assignReviewer(admin, { kind: "redaction", targetId: redactionId, reviewerId: reviewer.id }, rid())).rejects.toThrow(InvalidTransition);
    expect(await db().reviewAssignment.count({ where: { reviewerId: reviewer.id } })).toBe(0);
    await expect(assertRawTestimonyAccess(reviewer, testimonyId, rid())).rejects.toThrow(NotAllowed);
  });

  it("assigns to a redaction in review, which opens its raw testimony to that reviewer", async () => {
    const admin = await createUser("ADMIN");
    const reviewer = await createUser("REVIEWER");
    const { testimonyId, redactionId } = await redactionIn("IN_REVIEW");
    await assignReviewer(admin, { kind: "redaction", targetId: redactionId, reviewerId: reviewer.id }, rid());
    await expect(assertRawTestimonyAccess(reviewer, testimonyId, rid())).resolves.toBeTruthy();
  });

  it("is refused for an item that is not in review", async () => {
    const admin = await createUser("ADMIN");
    const reviewer = await createUser("REVIEWER");
    const item = await createContentItem({ state: "PUBLISHED" });
    await expect(assignReviewer(admin, { kind: "item", targetId: item.id, reviewerId: reviewer.id }, rid())).rejects.toThrow(InvalidTransition);
    const inReview = await createContentItem({ state: "IN_REVIEW" });
    await assignReviewer(admin, { kind: "item", targetId: inReview.id, reviewerId: reviewer.id }, rid());
    expect(await db().reviewAssignment.count({ where: { reviewerId: reviewer.id } })).toBe(1);
  });
});
