"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { ArchiveThemeInput, CreateThemeInput, RenameThemeInput } from "@/lib/themes/schemas";
import { archiveTheme, createTheme, renameTheme } from "@/lib/themes/manage-themes";

export const createThemeAction = authorizedAction("themes:manage", CreateThemeInput, async ({ user, requestId }, input) => {
  await createTheme(user, input, requestId);
  revalidatePath("/themes");
  return { ok: true, message: m("themes.actions.added", { name: input.name }) };
});

export const renameThemeAction = authorizedAction("themes:manage", RenameThemeInput, async ({ user, requestId }, input) => {
  await renameTheme(user, input, requestId);
  revalidatePath("/themes");
  return { ok: true, message: m("themes.actions.renamed") };
});

export const archiveThemeAction = authorizedAction("themes:manage", ArchiveThemeInput, async ({ user, requestId }, input) => {
  await archiveTheme(user, input, requestId);
  revalidatePath("/themes");
  return { ok: true, message: m("themes.actions.archived") };
});
