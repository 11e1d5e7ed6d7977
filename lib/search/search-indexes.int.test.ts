// The search's to_tsvector expressions must match the migration's GIN indexes
// character for character, or PostgreSQL silently scans every row.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

async function plan(sql: string): Promise<string> {
  return db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, "hunger");
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

describe("search indexes", () => {
  it("uses the GIN expression index on content items, and the GIN index of sealed redacted text's word tokens", async () => {
    expect(await plan(`SELECT id FROM "ContentItem" c WHERE to_tsvector('simple', c."title" || ' ' || c."body") @@ plainto_tsquery('simple', $1)`)).toContain("ContentItem_search_idx");
    expect(await plan(`SELECT id FROM "RedactedText" t WHERE t."searchTokens" && ARRAY[$1]::text[]`)).toContain("RedactedText_searchTokens_idx");
  });
});
