import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem } from "@/tests/support/factories";
import { GET as listAssets } from "@/app/api/v1/assets/route";
import { GET as listCampaigns } from "@/app/api/v1/campaigns/route";
import { AssetList, CampaignList } from "./schemas";
import { API_PAGE_SIZE } from "./list-assets";
import { apiRequest, campaignWith, twoOrganisations } from "./test-fixtures";

describe("GET /api/v1/assets", () => {
  it("answers 401 JSON without a token", async () => {
    const response = await listAssets(apiRequest("/api/v1/assets"));
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  it("lists only PUBLISHED items shared with the token's organisation, naming only its campaigns", async () => {
    const world = await twoOrganisations();
    const response = await listAssets(apiRequest("/api/v1/assets", world.plaintext));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = AssetList.parse(await response.json());
    expect(body).toMatchObject({ page: 1, pageCount: 1, nextCursor: null });
    expect(Object.keys(body.assets[0]!).sort()).toEqual(["campaignIds", "id", "language", "status", "title", "type", "updatedAt"]);
    const byId = new Map(body.assets.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual([world.published.id, world.alsoPublished.id].sort());
    expect(byId.get(world.published.id)).toMatchObject({ title: "Hunger, not a caliphate", type: "QUOTE_CARD", language: "en", status: "PUBLISHED" });
    expect(byId.get(world.published.id)!.campaignIds.sort()).toEqual([world.first.id, world.both.id].sort());
    expect(byId.get(world.alsoPublished.id)!.campaignIds).toEqual([world.both.id]);
    const text = JSON.stringify(body);
    for (const hidden of [world.draft, world.approved, world.retired, world.theirsOnly]) expect(text).not.toContain(hidden.id);
    for (const hidden of [world.theirsCampaign, world.unshared]) expect(text).not.toContain(hidden.id);
  });

  it("pages with ?page= and refuses a malformed page with 400", async () => {
    const world = await twoOrganisations();
    const many = [];
    for (let i = 0; i < API_PAGE_SIZE; i++) many.push((await createContentItem({ createdBy: world.editor, state: "PUBLISHED" })).id);
    await campaignWith("Many", many, [world.ours.id], world.editor.id);
    const first = AssetList.parse(await (await listAssets(apiRequest("/api/v1/assets", world.plaintext))).json());
    const second = AssetList.parse(await (await listAssets(apiRequest("/api/v1/assets?page=2", world.plaintext))).json());
    expect(first).toMatchObject({ page: 1, pageCount: 2 });
    expect(first.assets).toHaveLength(API_PAGE_SIZE);
    expect(second).toMatchObject({ page: 2, pageCount: 2 });
    expect(second.assets).toHaveLength(2);
    expect(new Set([...first.assets, ...second.assets].map((a) => a.id)).size).toBe(API_PAGE_SIZE + 2);
    for (const page of ["0", "x", "1.5"]) {
      const bad = await listAssets(apiRequest(`/api/v1/assets?page=${page}`, world.plaintext));
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: expect.stringMatching(/page/) });
    }
  });

  it("pages with ?cursor= (nextCursor until null) and refuses a cursor it did not give, or both cursor and page, with 400", async () => {
    const world = await twoOrganisations();
    const many = [];
    for (let i = 0; i < API_PAGE_SIZE; i++) many.push((await createContentItem({ createdBy: world.editor, state: "PUBLISHED" })).id);
    await campaignWith("Many", many, [world.ours.id], world.editor.id);
    const first = AssetList.parse(await (await listAssets(apiRequest("/api/v1/assets", world.plaintext))).json());
    expect(first.assets).toHaveLength(API_PAGE_SIZE);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = AssetList.parse(await (await listAssets(apiRequest(`/api/v1/assets?cursor=${first.nextCursor}`, world.plaintext))).json());
    expect(second).toEqual({ assets: expect.any(Array), nextCursor: null });
    expect(second.assets).toHaveLength(2);
    expect(new Set([...first.assets, ...second.assets].map((a) => a.id)).size).toBe(API_PAGE_SIZE + 2);
    for (const query of ["cursor=bm9wZQ", `cursor=${"a".repeat(201)}`, `cursor=${first.nextCursor}&page=2`]) {
      const bad = await listAssets(apiRequest(`/api/v1/assets?${query}`, world.plaintext));
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: expect.stringMatching(/cursor/) });
    }
  });
});

describe("GET /api/v1/campaigns", () => {
  it("lists the campaigns shared with the token's organisation and their published assets only", async () => {
    const world = await twoOrganisations();
    const response = await listCampaigns(apiRequest("/api/v1/campaigns", world.plaintext));
    expect(response.status).toBe(200);
    const body = CampaignList.parse(await response.json());
    const byId = new Map(body.campaigns.map((c) => [c.id, c]));
    expect([...byId.keys()].sort()).toEqual([world.first.id, world.both.id].sort());
    expect(byId.get(world.first.id)).toMatchObject({ name: "First", assetIds: [world.published.id] });
    expect(byId.get(world.both.id)!.assetIds).toEqual([world.alsoPublished.id, world.published.id]);
  });

  it("answers 401 once the token is revoked", async () => {
    const world = await twoOrganisations();
    await db().partnerApiToken.update({ where: { id: world.token.id }, data: { revokedAt: new Date() } });
    expect((await listCampaigns(apiRequest("/api/v1/campaigns", world.plaintext))).status).toBe(401);
  });
});
