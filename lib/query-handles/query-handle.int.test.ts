import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { createUser } from "@/tests/support/factories";
import { SearchQuery } from "@/lib/search/schemas";
import { isQueryHandle, loadQuery, saveQuery } from "./query-handle";

const NAME = "Karim Haddad";
const at = (iso: string) => new Date(iso);

describe("query handles", () => {
  it("gives back the query to the user who saved it, by a handle that says nothing of it", async () => {
    const editor = await createUser("EDITOR");
    const handle = await saveQuery(editor.id, "search", { q: NAME, state: "PUBLISHED" });
    expect(isQueryHandle(handle)).toBe(true);
    expect(handle).not.toMatch(/karim|haddad/i);
    expect(await loadQuery(editor.id, "search", handle, SearchQuery)).toEqual({ q: NAME, state: "PUBLISHED" });
  });

  it("keeps the query sealed in the database", async () => {
    const editor = await createUser("EDITOR");
    const handle = await saveQuery(editor.id, "search", { q: NAME });
    const row = await db().queryHandle.findUniqueOrThrow({ where: { id: handle } });
    expect(Buffer.from(row.sealed).toString("latin1")).not.toContain("Karim");
  });

  it("refuses another user's handle, another purpose's, and an unknown or malformed one", async () => {
    const editor = await createUser("EDITOR");
    const other = await createUser("REVIEWER");
    const handle = await saveQuery(editor.id, "search", { q: NAME });
    expect(await loadQuery(other.id, "search", handle, SearchQuery)).toBeNull();
    expect(await loadQuery(editor.id, "audit", handle, SearchQuery)).toBeNull();
    expect(await loadQuery(editor.id, "search", "A".repeat(22), SearchQuery)).toBeNull();
    expect(await loadQuery(editor.id, "search", "../../etc", SearchQuery)).toBeNull();
    expect(await loadQuery(editor.id, "search", [handle], SearchQuery)).toBeNull();
  });

  it("expires after 10 minutes, and a later save removes expired handles", async () => {
    const editor = await createUser("EDITOR");
    const handle = await saveQuery(editor.id, "search", { q: NAME }, at("2026-11-30T10:00:00Z"));
    expect(await loadQuery(editor.id, "search", handle, SearchQuery, at("2026-11-30T10:09:59Z"))).not.toBeNull();
    expect(await loadQuery(editor.id, "search", handle, SearchQuery, at("2026-11-30T10:10:00Z"))).toBeNull();
    await saveQuery(editor.id, "search", { q: "other" }, at("2026-11-30T10:10:00Z"));
    expect(await db().queryHandle.count({ where: { id: handle } })).toBe(0);
  });

  it("answers null for a query that no longer fits the form's schema", async () => {
    const editor = await createUser("EDITOR");
    const handle = await saveQuery(editor.id, "search", { q: 42 });
    expect(await loadQuery(editor.id, "search", handle, z.object({ q: z.string() }))).toBeNull();
  });
});
