import { z } from "zod";

const ThemeName = z.string().trim().min(2, "themes.errors.nameTooShort").max(120, "themes.errors.nameTooLong");
const Id = z.string().trim().min(1).max(100);

export const CreateThemeInput = z.object({ name: ThemeName });
export type CreateThemeInput = z.infer<typeof CreateThemeInput>;
export const RenameThemeInput = z.object({ themeId: Id, name: ThemeName });
export type RenameThemeInput = z.infer<typeof RenameThemeInput>;
export const ArchiveThemeInput = z.object({ themeId: Id });
export type ArchiveThemeInput = z.infer<typeof ArchiveThemeInput>;
