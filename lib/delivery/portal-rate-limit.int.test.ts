import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { windowStartOf } from "@/lib/partner-api/rate-limit";
import { createPartnerOrg, createUser } from "@/tests/support/factories";

let current: Actor | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current, getCurrentSession: async () => (current ? { actor: current } : null) }));
vi.mock("@/lib/request-id", () => ({ requestId: async () => "request-1" }));
// What would read and render the item: it must not run for a refused request.
const deliverItem = vi.fn(async () => ({ fileName: "a.md", contentType: "text/markdown", disposition: "attachment", body: Buffer.from("x"), reference: "REF" }));
const deliverCampaignKit = vi.fn();
vi.mock("@/lib/delivery/deliver-item", async (original) => ({ ...(await original<object>()), deliverItem }));
vi.mock("@/lib/delivery/deliver-kit", () => ({ deliverCampaignKit }));
const readPortalImage = vi.fn(async () => ({ mimeType: "image/png", content: new Uint8Array([1]) }));
vi.mock("@/lib/delivery/get-portal-item", () => ({ readPortalImage }));

const { countPortalRequest } = await import("./portal-rate-limit");
const { GET: download } = await import("@/app/(partner)/portal/items/[itemId]/download/route");
const { GET: kit } = await import("@/app/(partner)/portal/campaigns/[campaignId]/kit/route");
const { GET: image } = await import("@/app/(partner)/portal/items/[itemId]/images/[attachmentId]/route");

const request = (path: string) => new Request(`http://localhost${path}`, { headers: { "sec-fetch-site": "same-origin" } });

/** Another instance has used up this minute and the next (should the minute turn mid-test). */
async function useUp(key: string, limit: number) {
  const now = Date.now();
  for (const start of [windowStartOf(new Date(now)), windowStartOf(new Date(now + 60_000))]) {
    await db().apiRateWindow.upsert({ where: { key_windowStart: { key, windowStart: start } }, create: { key, windowStart: start, count: limit }, update: { count: limit } });
  }
}

beforeEach(() => {
  deliverItem.mockClear();
  deliverCampaignKit.mockClear();
  readPortalImage.mockClear();
});

describe("portal rate limits", () => {
  it("counts per user and per organisation, each against its own limit", async () => {
    const org = await createPartnerOrg();
    const alice = await createUser("PARTNER", { partnerOrgId: org.id });
    const bob = await createUser("PARTNER", { partnerOrgId: org.id });
    const at = new Date("2030-01-01T10:00:20.000Z");
    const e = env();
    for (let i = 0; i < e.PORTAL_KITS_PER_MINUTE_PER_USER; i++) expect(await countPortalRequest(alice, "kit", "r", at)).toBeNull();
    const refusal = await countPortalRequest(alice, "kit", "r", at);
    expect(refusal).toEqual({ message: `Too many kits: at most ${e.PORTAL_KITS_PER_MINUTE_PER_USER} a minute per person. Try again in 40 seconds.`, retryAfterSeconds: 40, kind: "kit", limit: e.PORTAL_KITS_PER_MINUTE_PER_USER, scope: "user" });
    // Bob has his own allowance, and downloads are another count.
    expect(await countPortalRequest(bob, "kit", "r", at)).toBeNull();
    expect(await countPortalRequest(alice, "download", "r", at)).toBeNull();
    // The organisation's count caught Alice's refused attempt too; once it is used up, Bob is refused as well.
    await db().apiRateWindow.update({ where: { key_windowStart: { key: `portal:kit:org:${org.id}`, windowStart: windowStartOf(at) } }, data: { count: e.PORTAL_KITS_PER_MINUTE_PER_ORG } });
    expect(await countPortalRequest(bob, "kit", "r", at)).toMatchObject({ message: expect.stringContaining(`at most ${e.PORTAL_KITS_PER_MINUTE_PER_ORG} a minute for your whole organisation`) });
    expect(await countPortalRequest(bob, "kit", "r", new Date("2030-01-01T10:01:00.000Z"))).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "portal.rate-limited" } })).toBe(2);
  });

  it("answers a download past the limit with 429 and Retry-After, and delivers nothing", async () => {
    const partner = await createUser("PARTNER");
    current = partner;
    expect((await download(request("/portal/items/i1/download?format=md"), { params: Promise.resolve({ itemId: "i1" }) })).status).toBe(200);
    await useUp(`portal:download:user:${partner.id}`, env().PORTAL_DOWNLOADS_PER_MINUTE_PER_USER);
    const response = await download(request("/portal/items/i1/download?format=md"), { params: Promise.resolve({ itemId: "i1" }) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain(`at most ${env().PORTAL_DOWNLOADS_PER_MINUTE_PER_USER} a minute per person`);
    expect(deliverItem).toHaveBeenCalledTimes(1);
  });

  it("refuses a kit past the organisation's limit before preparing it", async () => {
    const partner = await createUser("PARTNER");
    current = partner;
    await useUp(`portal:kit:org:${partner.partnerOrgId}`, env().PORTAL_KITS_PER_MINUTE_PER_ORG);
    const response = await kit(request("/portal/campaigns/c1/kit"), { params: Promise.resolve({ campaignId: "c1" }) });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(deliverCampaignKit).not.toHaveBeenCalled();
  });

  it("counts an image shown in the preview as a preview, and refuses it past the limit unread", async () => {
    const partner = await createUser("PARTNER");
    current = partner;
    const params = { params: Promise.resolve({ itemId: "i1", attachmentId: "a1" }) };
    expect((await image(request("/portal/items/i1/images/a1"), params)).status).toBe(200);
    await useUp(`portal:preview:user:${partner.id}`, env().PORTAL_PREVIEWS_PER_MINUTE_PER_USER);
    expect((await image(request("/portal/items/i1/images/a1"), { params: Promise.resolve({ itemId: "i1", attachmentId: "a1" }) })).status).toBe(429);
    expect(readPortalImage).toHaveBeenCalledTimes(1);
  });
});
