// A social post leaves with a short mark that still names its download; long-form items keep
// the dense one; the partner's page says how long the post is on each platform.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { deliverItem } from "./deliver-item";
import { FRAME_LENGTH, MARK_INTERVAL, extractMarks, stripMarks } from "./fingerprint";
import { getPortalItem } from "./get-portal-item";
import { graphemeLength, xWeightedLength } from "./platform-length";
import { portalRecipient } from "./recipient";
import { plainTextBody } from "./render-text";
import { traceLeak } from "./trace-leak";

// the demo's Arabic post (lib/demo/demo-content.ts)
const POST = "يعدون الشباب بالراتب والبيت والأخوّة. هذا ما وجده شاب ذهب ثم عاد:\n\n> كانت الوعود كذباً. لا بيت. الراتب تأخر، ثم صار نصف راتب، ثم انقطع.\n\nقبل أن تصدّق الوعود، اسأل الذين رجعوا.\n";
const ARTICLE = Array.from({ length: 8 }, () => "The commanders lived in the villas of the people they had driven out, and the fighters shared stale bread.").join(" ");

async function shared(type: "SOCIAL_POST" | "ARTICLE", body: string, language = "ar") {
  const editor = await createUser("EDITOR");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const item = await db().contentItem.create({ data: { type, state: "PUBLISHED", language, title: `لا بيت ولا راتب ${rid().slice(0, 4)}`, body, createdById: editor.id, publishedAt: new Date() } });
  const campaign = await db().campaign.create({ data: { name: "Kit", objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { partner, item };
}

async function delivered(partner: Awaited<ReturnType<typeof createUser>>, itemId: string, format: "md" | "txt") {
  const file = await deliverItem(portalRecipient(partner)!, itemId, format, rid());
  return { reference: file.reference, text: (file.body as Buffer).toString("utf8") };
}

const markCharacters = (text: string) => text.length - stripMarks(text).length;

describe("a social post's mark", () => {
  it("adds one frame to each delivered file, and the posted text alone names the download", async () => {
    const { partner, item } = await shared("SOCIAL_POST", POST);
    for (const format of ["txt", "md"] as const) {
      const { reference, text } = await delivered(partner, item.id, format);
      expect(markCharacters(text), format).toBe(FRAME_LENGTH);
      // what a partner posts: the body, without the title, the attribution and the visible line
      const posted = text.split("\n\n").slice(1, -2).join("\n\n");
      expect(extractMarks(posted)).toEqual([reference]);
      const admin = await createUser("ADMIN");
      const findings = await traceLeak(admin, { text: posted, file: null }, rid());
      expect(findings[0], format).toMatchObject({ evidence: "invisible-mark", confidence: "high" });
      expect(findings[0]!.downloads.map((d) => d.reference)).toEqual([reference]);
    }
  });

  it("is shown to the partner with the post's length on each platform, mark included", async () => {
    const { partner, item } = await shared("SOCIAL_POST", POST);
    const page = await getPortalItem(partner, item.id, rid());
    expect(page && "postLengths" in page ? page.postLengths : null).toMatchObject({ frames: 1, markCharacters: FRAME_LENGTH });
    const lengths = page && "postLengths" in page ? page.postLengths!.lengths : [];
    const x = lengths.find((l) => l.platform === "x")!;
    const bluesky = lengths.find((l) => l.platform === "bluesky")!;
    // the frame weighs 50 at most on X and is 25 graphemes on Bluesky
    const body = plainTextBody(POST);
    expect(x).toMatchObject({ length: xWeightedLength(body) + 2 * FRAME_LENGTH, limit: 280, over: 0 });
    expect(bluesky).toMatchObject({ length: graphemeLength(body) + FRAME_LENGTH, limit: 300, over: 0 });
    // the preview carries the same short mark
    expect(markCharacters(page && "html" in page && page.html ? page.html : "")).toBe(FRAME_LENGTH);
  });

  it("leaves long-form items their dense mark, and no platform lengths", async () => {
    const { partner, item } = await shared("ARTICLE", ARTICLE, "en");
    const { reference, text } = await delivered(partner, item.id, "txt");
    const words = ARTICLE.split(" ").length;
    expect(markCharacters(text) / FRAME_LENGTH).toBeGreaterThanOrEqual(Math.floor(words / MARK_INTERVAL));
    const excerpt = text.split(" ").slice(20, 20 + MARK_INTERVAL + 1).join(" ");
    expect(extractMarks(excerpt)).toEqual([reference]);
    const page = await getPortalItem(partner, item.id, rid());
    expect(page && "postLengths" in page ? page.postLengths : undefined).toBeNull();
  });
});
