// Every query a search runs must reach ContentItem and RedactedText through an index: a
// sequential scan of either is what made a common word take seconds at 100,000 items. With
// sequential scans priced out (enable_seqscan = off), PostgreSQL still plans one when no index
// can answer, so a "Seq Scan" in a plan means a missing or unusable index.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { analyzeAsOwner } from "@/tests/support/analyze-as-owner";
import { createContentItem, createRedactedText, createUser } from "@/tests/support/factories";
import { SearchParams } from "./schemas";
import { textSearchQuery } from "./text-search";
import { contentMatches, contentPageQuery } from "./search-content";
import { testimonyMatches, testimonyPageQuery } from "./search-testimony";

async function plan(query: Prisma.Sql): Promise<string> {
  return db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${query}`;
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

const SEQ_SCAN_OF_LARGE_TABLE = /Seq Scan on "(ContentItem|RedactedText)"/;

describe("search indexes", () => {
  it("finds content candidates through the GIN index of searchVector, with and without filters, and estimates without scanning", async () => {
    for (let i = 0; i < 30; i++) await createContentItem({ title: `Item ${i}`, body: i % 3 === 0 ? "salaries were not paid" : "bread ration" });
    await analyzeAsOwner("ContentItem");
    const tsquery = (await textSearchQuery(db(), "salaries"))!;
    const everyone = contentMatches(SearchParams.parse({ q: "salaries" }), tsquery, undefined);
    const page = await plan(contentPageQuery(everyone, tsquery, 0, 25));
    expect(page).toContain("ContentItem_searchVector_idx");
    expect(page).not.toMatch(SEQ_SCAN_OF_LARGE_TABLE);
    expect(await plan(everyone)).not.toMatch(SEQ_SCAN_OF_LARGE_TABLE);
    const filtered = contentMatches(SearchParams.parse({ q: "salaries", type: "ARTICLE", state: "DRAFT", language: "en", theme: "t", campaign: "c" }), tsquery, ["a", "b"]);
    expect(await plan(contentPageQuery(filtered, tsquery, 25, 25))).not.toMatch(SEQ_SCAN_OF_LARGE_TABLE);
  });

  it("finds testimony candidates through an index, never a scan of all redacted text, for editors and reviewers", async () => {
    for (let i = 0; i < 10; i++) await createRedactedText(`The checkpoint ${i} took our bread.`);
    await analyzeAsOwner("RedactedText");
    const reviewer = await createUser("REVIEWER");
    for (const reviewerId of [undefined, reviewer.id]) {
      const matches = testimonyMatches({ sourceIds: ["source-a", "source-b"], words: [["token-a", "token-b"], ["token-c", "token-d"]] }, reviewerId ? "ar" : undefined, reviewerId);
      const page = await plan(testimonyPageQuery(matches, 0, 25));
      // Each source's tokens are matched against that source's texts (by its index); what must
      // never happen is reading RedactedText whole.
      expect(page).not.toMatch(SEQ_SCAN_OF_LARGE_TABLE);
      expect(await plan(matches)).not.toMatch(SEQ_SCAN_OF_LARGE_TABLE);
    }
  });
});
