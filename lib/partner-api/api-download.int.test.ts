import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rid } from "@/tests/support/factories";
import { setPartnerActive } from "@/lib/partners/manage-partners";
import { extractMarks, stripMarks } from "@/lib/delivery/fingerprint";
import { GET as download } from "@/app/api/v1/assets/[assetId]/download/route";
import { GET as preparedDownload } from "@/app/api/v1/downloads/[downloadId]/route";
import { startJobWorkers, stopJobWorkers } from "@/lib/jobs/job-queue";
import { preparedWait } from "@/lib/delivery/prepared/wait-for-prepared";
import { apiRequest, tokenFor, twoOrganisations } from "./test-fixtures";

const get = (assetId: string, token: string | undefined, query = "") => download(apiRequest(`/api/v1/assets/${assetId}/download${query}`, token), { params: Promise.resolve({ assetId }) });

const fetchPrepared = (location: string, token: string) => preparedDownload(apiRequest(location, token), { params: Promise.resolve({ downloadId: location.split("/").pop()! }) });

afterEach(async () => {
  preparedWait.ms = 20_000;
  await stopJobWorkers();
});

describe("GET /api/v1/assets/{id}/download", () => {
  it("delivers Markdown by default, fingerprinted and recorded against the token", async () => {
    const world = await twoOrganisations();
    const response = await get(world.published.id, world.plaintext);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="hunger-not-a-caliphate-[0-9A-Z]{4}-[0-9A-Z]{4}\.md"/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const reference = response.headers.get("x-countervoice-reference")!;
    const text = await response.text();
    expect(stripMarks(text)).toContain(`Prepared for Our Org · ref ${reference}`);
    expect(extractMarks(text)).toEqual([reference]);
    expect(await db().download.findUniqueOrThrow({ where: { reference } })).toMatchObject({ itemId: world.published.id, partnerOrgId: world.ours.id, apiTokenId: world.token.id, userId: null, channel: "API", format: "md" });
  });

  it("delivers plain text, PDF and ZIP on request, and refuses an unknown format with 400", async () => {
    await startJobWorkers(); // PDFs are rendered by a background job
    const world = await twoOrganisations();
    const txt = await get(world.published.id, world.plaintext, "?format=txt");
    expect(txt.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(stripMarks(await txt.text())).toContain("Hunger, not a caliphate");
    const pdf = await get(world.published.id, world.plaintext, "?format=pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const zip = await get(world.published.id, world.plaintext, "?format=zip");
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(Buffer.from(await zip.arrayBuffer()).subarray(0, 2).toString("latin1")).toBe("PK");
    const bad = await get(world.published.id, world.plaintext, "?format=docx");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "format must be one of md, txt, pdf, png, png-story, zip." });
  });

  it("answers a PDF that takes longer than the wait with 202 and a Location, where the asking token alone fetches it, once", async () => {
    preparedWait.ms = 300; // and no worker yet: the job waits in the queue
    const world = await twoOrganisations();
    const pending = await get(world.published.id, world.plaintext, "?format=pdf");
    expect(pending.status).toBe(202);
    const location = pending.headers.get("location")!;
    expect(location).toMatch(/^\/api\/v1\/downloads\/[a-z0-9]+$/);
    expect(pending.headers.get("retry-after")).toBe("2");
    expect(await pending.json()).toMatchObject({ status: "pending", location });
    expect((await fetchPrepared(location, world.plaintext)).status).toBe(202);

    await startJobWorkers();
    const other = await tokenFor(world.ours.id); // the same organisation, another token
    let ready = await fetchPrepared(location, world.plaintext);
    for (let tries = 0; ready.status === 202 && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await fetchPrepared(location, world.plaintext);
    }
    expect(ready.status).toBe(200);
    expect(ready.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await ready.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const reference = ready.headers.get("x-countervoice-reference")!;
    expect(await db().download.findUniqueOrThrow({ where: { reference } })).toMatchObject({ apiTokenId: world.token.id, channel: "API", format: "pdf" });
    expect((await fetchPrepared(location, other.plaintext)).status).toBe(404);
    expect((await fetchPrepared(location, world.plaintext)).status).toBe(410);
    expect((await fetchPrepared(location, undefined as unknown as string)).status).toBe(401);
  });

  it("answers an unshared item, a draft and an unknown id with the same 404, recording nothing", async () => {
    const world = await twoOrganisations();
    const answers = [];
    for (const id of [world.theirsOnly.id, world.draft.id, world.approved.id, "no-such-asset", "x".repeat(200)]) {
      const response = await get(id, world.plaintext);
      answers.push({ status: response.status, body: await response.text(), cacheControl: response.headers.get("cache-control") });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({ status: 404, body: JSON.stringify({ error: "Not found." }), cacheControl: "no-store" });
    expect(await db().download.count()).toBe(0);
  });

  it("refuses a retired item with its reason, and everything once the organisation is deactivated", async () => {
    const world = await twoOrganisations();
    const retired = await get(world.retired.id, world.plaintext);
    expect(retired.status).toBe(403);
    expect(((await retired.json()) as { error: string }).error).toMatch(/retired/);
    await setPartnerActive(world.admin, { partnerOrgId: world.ours.id, active: false }, rid());
    const deactivated = await get(world.published.id, world.plaintext);
    expect(deactivated.status).toBe(403);
    expect(await db().download.count()).toBe(0);
  });

  it("answers 401 without a token, before looking at the item", async () => {
    const world = await twoOrganisations();
    expect((await get(world.published.id, undefined)).status).toBe(401);
    expect((await get("no-such-asset", undefined)).status).toBe(401);
  });
});
