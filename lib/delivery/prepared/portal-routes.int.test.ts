// The portal's routes for kits and PDFs made in the background: a kit is asked for (202 and
// its progress page), then fetched once by the partner who asked; a PDF is answered in the
// request that asked when its job is quick, as before.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createPartnerOrg, createUser } from "@/tests/support/factories";
import { waitForJob } from "./wait-for-prepared";

let current: Actor | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current, getCurrentSession: async () => (current ? { actor: current } : null) }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, databaseMode: () => "pglite" as const }; // the in-process runner: no workers to start
});

const { GET: kit } = await import("@/app/(partner)/portal/campaigns/[campaignId]/kit/route");
const { GET: fetchJobFile } = await import("@/app/jobs/[jobId]/download/route");
const { GET: download } = await import("@/app/(partner)/portal/items/[itemId]/download/route");

const request = (path: string, site = "same-origin") => new Request(`http://localhost${path}`, { headers: { "sec-fetch-site": site } });
const askKit = (campaignId: string) => kit(request(`/portal/campaigns/${campaignId}/kit`), { params: Promise.resolve({ campaignId }) });
const fetchFile = (jobId: string, site?: string) => fetchJobFile(request(`/jobs/${jobId}/download`, site), { params: Promise.resolve({ jobId }) });

afterEach(() => (current = null));

async function sharedCampaign() {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer);
  const item = await db().contentItem.create({
    data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "We found hunger", body: "They told us the salaries would be paid.", createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 1, approvedVersion: 1 },
  });
  await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 10 } });
  const campaign = await db().campaign.create({ data: { name: "Hunger, not a caliphate", objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { partner, org, campaign, item };
}

describe("the portal's kit", () => {
  it("is asked for (202, its progress page), then fetched once, by the partner who asked only", async () => {
    const { partner, org, campaign } = await sharedCampaign();
    current = partner;
    const asked = await askKit(campaign.id);
    expect(asked.status).toBe(202);
    const { jobId, statusUrl } = (await asked.json()) as { jobId: string; statusUrl: string };
    expect(statusUrl).toBe(`/jobs/${jobId}`);
    expect(asked.headers.get("location")).toBe(statusUrl);
    expect(await waitForJob(jobId, { waitMs: 60_000 })).toBe(true);

    for (const someoneElse of [await createUser("PARTNER"), await createUser("PARTNER", { partnerOrgId: org.id }), await createUser("ADMIN")]) {
      current = someoneElse;
      expect((await fetchFile(jobId)).status, someoneElse.role).toBe(404);
    }
    current = partner;
    expect((await fetchFile(jobId, "cross-site")).status).toBe(403);
    const zip = await fetchFile(jobId);
    expect(zip.status).toBe(200);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(zip.headers.get("content-disposition")).toMatch(/-kit-[0-9A-Z]{4}-[0-9A-Z]{4}\.zip"/);
    expect(zip.headers.get("x-countervoice-items")).toBe("1");
    expect(Buffer.from(await zip.arrayBuffer()).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    expect((await fetchFile(jobId)).status).toBe(410);
  });

  it("is not found, and no job queued, for a campaign not shared with the organisation", async () => {
    const mine = await sharedCampaign();
    const theirs = await sharedCampaign();
    current = mine.partner;
    const before = await db().backgroundJob.count();
    expect((await askKit(theirs.campaign.id)).status).toBe(404);
    expect(await db().backgroundJob.count()).toBe(before);
  });
});

describe("the portal's PDF", () => {
  it("is answered in the request that asked, recorded and fingerprinted", async () => {
    const { partner, item } = await sharedCampaign();
    current = partner;
    const response = await download(request(`/portal/items/${item.id}/download?format=pdf`), { params: Promise.resolve({ itemId: item.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const reference = response.headers.get("x-countervoice-reference")!;
    expect(await db().download.findUniqueOrThrow({ where: { reference } })).toMatchObject({ itemId: item.id, format: "pdf", userId: partner.id, channel: "PORTAL" });
  });
});
