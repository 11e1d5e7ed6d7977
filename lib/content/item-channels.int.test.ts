// An item must name at least one channel: the consent check goes channel by channel.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInput } from "@/lib/errors";
import { createContentItem, createUser, rid } from "@/tests/support/factories";
import { createItem } from "./create-item";
import { submitItem } from "./submit-item";
import { approveItem } from "./review-item";
import { publishItem } from "./publish-item";

const fields = { type: "ARTICLE" as const, language: "en" as const, themeIds: [], audiences: [], channels: ["WEB" as const], internalNotes: null };

async function people() {
  return { editor: await createUser("EDITOR"), reviewer: await createUser("REVIEWER") };
}

describe("channels", () => {
  it("refuses to create an item naming no channel, with a message on the field, and stores nothing", async () => {
    const { editor } = await people();
    const error = await createItem(editor, { ...fields, channels: [], title: "No channel", body: "" }, rid()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).fieldErrors).toEqual({ channels: ["Choose at least one channel where this item may be used."] });
    expect(await db().contentItem.count()).toBe(0);
  });

  it.each([
    ["submitted", "DRAFT"],
    ["approved", "IN_REVIEW"],
    ["published", "APPROVED"],
  ] as const)("refuses an existing item naming no channel to be %s", async (verb, state) => {
    const { editor, reviewer } = await people();
    const item = await createContentItem({ createdBy: editor, state });
    if (state === "APPROVED") await db().contentItem.update({ where: { id: item.id }, data: { approvedVersion: item.version } });
    const step = { itemId: item.id, expectedVersion: item.version };
    if (verb === "approved") await db().reviewAssignment.create({ data: { reviewerId: reviewer.id, assignedById: editor.id, itemId: item.id } });
    const command = verb === "submitted" ? submitItem(editor, { ...step, reviewerId: reviewer.id }, rid()) : verb === "approved" ? approveItem(reviewer, step, rid()) : publishItem(editor, step, rid());
    await expect(command).rejects.toThrow(new RegExp(`cannot be ${verb}: it names no channel`));
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).state).toBe(state);
  });
});
