// The hourly sweep runs each of its parts: abandoned uploads and old job records.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource } from "@/tests/support/factories";
import { createUpload, uploadIdOf } from "@/tests/support/tus-requests";
import { ABANDONED_AFTER_MS } from "@/lib/testimony/uploads/delete-abandoned-uploads";
import { DEAD_KEPT_MS } from "./background/prune-background-jobs";
import { sweep } from "./sweep-job";

describe("the hourly sweep", () => {
  it("deletes uploads abandoned for a day and prunes old job records, and finds nothing the second time", async () => {
    const { id: sourceId, editor } = await createSource();
    uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 10));
    const later = new Date(Date.now() + Math.max(ABANDONED_AFTER_MS, DEAD_KEPT_MS) + 60_000);
    await db().backgroundJob.create({ data: { kind: "test-job", state: "DEAD", finishedAt: new Date() } });
    await db().backgroundJob.create({ data: { kind: "test-job", state: "QUEUED" } });
    expect(await sweep(later)).toEqual({ uploads: 1, jobs: 1 });
    expect(await sweep(later)).toEqual({ uploads: 0, jobs: 0 });
    expect(await db().backgroundJob.count()).toBe(1);
  });
});
