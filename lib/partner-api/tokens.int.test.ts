import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { setPartnerActive } from "@/lib/partners/manage-partners";
import { DEMO_PARTNER_ORG } from "@/lib/demo/demo-accounts";
import { DEMO_PARTNER_TOKEN, seedDemoPartnerToken } from "@/lib/demo/seed-demo-partner-token";
import { authenticatePartnerToken } from "./authenticate-partner-token";
import { createPartnerToken } from "./create-partner-token";
import { listPartnerTokens } from "./list-partner-tokens";
import { revokePartnerToken } from "./revoke-partner-token";
import { apiRequest, tokenFor } from "./test-fixtures";
import { hashToken } from "./token-secret";

async function errorOf(response: Response | unknown) {
  expect(response).toBeInstanceOf(Response);
  const r = response as Response;
  return { status: r.status, body: (await r.json()) as { error: string }, cacheControl: r.headers.get("cache-control") };
}

describe("partner API tokens", () => {
  it("stores only the SHA-256 of the token and a short prefix, and returns the plaintext once", async () => {
    const org = await createPartnerOrg();
    const { admin, plaintext, token } = await tokenFor(org.id, "Website publishing");
    expect(plaintext).toMatch(/^cvp_[A-Za-z0-9_-]{43}$/);
    const row = await db().partnerApiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row).toMatchObject({ partnerOrgId: org.id, name: "Website publishing", tokenHash: hashToken(plaintext), prefix: plaintext.slice(0, 12), createdById: admin.id, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(plaintext.slice(4));
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "partner-token.created", targetId: token.id } });
    expect(JSON.stringify(audit)).not.toContain(plaintext.slice(4));
    const listed = await listPartnerTokens(admin, org.id, 1);
    expect(listed?.tokens.items).toEqual([expect.objectContaining({ id: token.id, name: "Website publishing", prefix: row.prefix, lastUsedAt: null, revokedAt: null })]);
    expect(listed?.tokens.items[0]).not.toHaveProperty("tokenHash");
  });

  it("authenticates a valid token as its organisation and records when it was last used, at most once a minute", async () => {
    const org = await createPartnerOrg();
    const { plaintext, token } = await tokenFor(org.id);
    const caller = await authenticatePartnerToken(apiRequest("/api/v1/assets", plaintext));
    expect(caller).toMatchObject({ tokenId: token.id, partnerOrgId: org.id });
    const first = (await db().partnerApiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticatePartnerToken(apiRequest("/api/v1/assets", plaintext));
    expect((await db().partnerApiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(first);
    await db().partnerApiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await authenticatePartnerToken(apiRequest("/api/v1/assets", plaintext));
    expect((await db().partnerApiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 5_000);
  });

  it("answers 401 without a token, with a malformed, unknown or revoked one", async () => {
    const org = await createPartnerOrg();
    const { admin, plaintext, token } = await tokenFor(org.id);
    await revokePartnerToken(admin, { partnerOrgId: org.id, tokenId: token.id }, rid());
    for (const header of [undefined, "cvp_nonsense_but_well_formed_token", "not-a-token", plaintext]) {
      const answer = await errorOf(await authenticatePartnerToken(apiRequest("/api/v1/assets", header)));
      expect(answer).toEqual({ status: 401, body: { error: expect.stringContaining("Bearer") }, cacheControl: "no-store" });
    }
    expect(await db().auditEvent.count({ where: { action: "partner-token.revoked", targetId: token.id } })).toBe(1);
  });

  it("answers 403 when the organisation is deactivated", async () => {
    const org = await createPartnerOrg();
    const { admin, plaintext } = await tokenFor(org.id);
    await setPartnerActive(admin, { partnerOrgId: org.id, active: false }, rid());
    const answer = await errorOf(await authenticatePartnerToken(apiRequest("/api/v1/assets", plaintext)));
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatch(/deactivated/);
    await expect(createPartnerToken(admin, { partnerOrgId: org.id, name: "Another" }, rid())).rejects.toThrow(/deactivated/);
  });

  it("revokes only within the organisation named, and only admins manage tokens", async () => {
    const org = await createPartnerOrg();
    const other = await createPartnerOrg();
    const { admin, plaintext, token } = await tokenFor(org.id);
    await expect(revokePartnerToken(admin, { partnerOrgId: other.id, tokenId: token.id }, rid())).rejects.toThrow(/No such token/);
    const editor = await createUser("EDITOR");
    await expect(createPartnerToken(editor, { partnerOrgId: org.id, name: "Sneaky" }, rid())).rejects.toThrow(/not allowed/);
    await expect(revokePartnerToken(editor, { partnerOrgId: org.id, tokenId: token.id }, rid())).rejects.toThrow(/not allowed/);
    await expect(listPartnerTokens(editor, org.id, 1)).rejects.toThrow(/not allowed/);
    expect(await listPartnerTokens(admin, "no-such-org", 1)).toBeNull();
    expect(await authenticatePartnerToken(apiRequest("/api/v1/assets", plaintext))).toMatchObject({ tokenId: token.id });
  });

  it("seeds the demo token for Demo Partner, hashed like any other, once", async () => {
    const org = await createPartnerOrg(DEMO_PARTNER_ORG);
    await seedDemoPartnerToken();
    await seedDemoPartnerToken();
    const rows = await db().partnerApiToken.findMany();
    expect(rows).toEqual([expect.objectContaining({ partnerOrgId: org.id, name: "Demo token", tokenHash: hashToken(DEMO_PARTNER_TOKEN) })]);
    expect(await authenticatePartnerToken(apiRequest("/api/v1/assets", DEMO_PARTNER_TOKEN))).toMatchObject({ partnerOrgId: org.id });
  });

  it("refuses the demo token from any other machine, also when the client claims to be local", async () => {
    await createPartnerOrg(DEMO_PARTNER_ORG);
    await seedDemoPartnerToken();
    for (const chain of ["203.0.113.7", "127.0.0.1, 203.0.113.7", "203.0.113.7, 127.0.0.1", ""]) {
      const answer = await authenticatePartnerToken(apiRequest("/api/v1/assets", DEMO_PARTNER_TOKEN, chain));
      expect(answer).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(401);
      expect(await (answer as Response).json()).toEqual({ error: expect.stringMatching(/works only from the computer running the demo/) });
    }
  });
});
