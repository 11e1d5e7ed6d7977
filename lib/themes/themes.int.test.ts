import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem, createUser, rid } from "@/tests/support/factories";
import { archiveTheme, createTheme, renameTheme } from "./manage-themes";
import { listThemeChoices, listThemes } from "./list-themes";

describe("the theme taxonomy", () => {
  it("adds and renames themes, refusing duplicate names whatever their case", async () => {
    const editor = await createUser("EDITOR");
    const theme = await createTheme(editor, { name: "Broken promises" }, rid());
    await expect(createTheme(editor, { name: "broken PROMISES" }, rid())).rejects.toThrow(/already exists/);
    const other = await createTheme(editor, { name: "Corruption" }, rid());
    await expect(renameTheme(editor, { themeId: other.id, name: "BROKEN promises" }, rid())).rejects.toThrow(/already exists/);
    await renameTheme(editor, { themeId: theme.id, name: "Broken promises and hunger" }, rid());
    expect((await listThemes(editor)).map((t) => t.name)).toEqual(["Broken promises and hunger", "Corruption"]);
    expect(await db().auditEvent.count({ where: { action: { in: ["theme.created", "theme.renamed"] } } })).toBe(3);
  });

  it("archives a theme: no longer offered, still on the items that carry it", async () => {
    const editor = await createUser("EDITOR");
    const theme = await createTheme(editor, { name: "Hypocrisy" }, rid());
    const item = await createContentItem({ themeIds: [theme.id] });
    await archiveTheme(editor, { themeId: theme.id }, rid());
    expect(await listThemeChoices(editor)).toEqual([]);
    expect((await listThemeChoices(editor, { includeArchived: true })).map((t) => t.name)).toEqual(["Hypocrisy"]);
    expect(await db().contentTheme.count({ where: { itemId: item.id, themeId: theme.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "theme.archived" } })).toBe(1);
  });

  it("is managed by editors only", async () => {
    for (const role of ["REVIEWER", "ADMIN", "PARTNER"] as const) {
      await expect(createTheme(await createUser(role), { name: "Nope" }, rid())).rejects.toThrow(/not allowed/);
    }
  });
});
