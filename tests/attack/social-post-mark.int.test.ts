// Red team (sparse mark for SOCIAL_POST, lib/delivery/mark-budget.ts): a social post is pasted
// whole, without its title or "Prepared for" line, so its body's mark is all that names the
// download. A post whose words are parted by no-break spaces (what Arabic and French keyboards,
// word processors and many CMSs type, and what French typography puts before « : ; ! ? ») has
// no "markable gap" (fingerprint.ts weave() only marks after U+0020 or a tab): its body leaves
// with no mark at all.
import { afterEach, describe, expect, it } from "vitest";
import { rid } from "@/tests/support/factories";
import { db } from "@/lib/db/client";
import { readAll } from "@/tests/support/delivered-bytes";
import { releaseAndShare, sharedWorld } from "@/tests/support/partner-channels";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { deliverItem } from "@/lib/delivery/deliver-item";
import { extractMarks } from "@/lib/delivery/fingerprint";
import { createItem } from "@/lib/content/create-item";

afterEach(() => stopJobWorkers());

const NBSP = "\u00a0";
const POST = ["They", "promised", "salaries", "and", "delivered", "hunger.", "The", "emirs", "ate", "first,", "the", "fighters", "last.", "Ask", "anyone", "who", "came", "back."].join(NBSP);

describe("a social post's mark", () => {
  async function pasted(body: string) {
    const w = await sharedWorld([]);
    const { id } = await createItem(w.editor, { type: "SOCIAL_POST", language: "en", title: "Hunger", body, themeIds: [], audiences: [], channels: ["SOCIAL", "PARTNER_DOWNLOAD"], internalNotes: null }, rid());
    await releaseAndShare(w, id, 1);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).type).toBe("SOCIAL_POST");
    const file = await deliverItem(w.recipient, id, "txt", rid());
    const text = (await readAll(file.body)).toString("utf8");
    // what the partner posts: the paragraph that is the post
    return { reference: file.reference, post: text.split("\n").find((line) => line.includes("salaries"))! };
  }

  it("(control) names the download when the words are parted by ordinary spaces", { timeout: 120_000 }, async () => {
    const { reference, post } = await pasted(POST.replaceAll(NBSP, " "));
    expect(extractMarks(post)).toEqual([reference]);
  });

  it("names the download when the words are parted by no-break spaces", { timeout: 120_000 }, async () => {
    const { reference, post } = await pasted(POST);
    expect(extractMarks(post), "the pasted post carries no mark: a leak traces to the item and every organisation, not the download").toEqual([reference]);
  });
});
