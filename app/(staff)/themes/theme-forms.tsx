"use client";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { archiveThemeAction, createThemeAction, renameThemeAction } from "./actions";
import { isolated } from "@/lib/i18n/isolate";

export function AddThemeForm() {
  const t = useTranslations("themes");
  const [state, onSubmit, pending] = useFormAction(createThemeAction, { resetOnSuccess: true });
  return (
    <form method="post" onSubmit={onSubmit}>
      <label htmlFor="theme-name">{t("name")}</label>
      <input id="theme-name" name="name" maxLength={120} required dir="auto" autoComplete="off" />
      <FieldError state={state} name="name" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

type Theme = { id: string; name: string; archived: boolean; itemCount: number };

export function ThemeRow({ theme }: { theme: Theme }) {
  const t = useTranslations("themes");
  const [renameState, rename, renaming] = useFormAction(renameThemeAction);
  const [archiveState, archive, archiving] = useFormAction(archiveThemeAction);
  return (
    <tr data-testid={`theme-${theme.name}`}>
      <td dir="auto" id={`theme-name-${theme.id}`}>
        {theme.name}
      </td>
      <td>{theme.itemCount}</td>
      <td>{theme.archived ? <span className="badge">{t("archived")}</span> : <span className="badge badge-ok">{t("active")}</span>}</td>
      <td>
        <form method="post" className="inline-form" onSubmit={rename}>
          <input type="hidden" name="themeId" value={theme.id} />
          <label htmlFor={`rename-${theme.id}`} className="sr-only">
            {t.rich("newName", { name: theme.name, bdi: (chunks) => <bdi>{chunks}</bdi> })}
          </label>
          <input id={`rename-${theme.id}`} name="name" defaultValue={theme.name} maxLength={120} required dir="auto" />
          <button type="submit" className="secondary" disabled={renaming}>
            {t("rename")}
          </button>
        </form>
        <FormStatus state={renameState} />
        {theme.archived ? null : (
          <form
            method="post"
            className="inline-form"
            onSubmit={(e) => {
              if (!window.confirm(t("confirmArchive", { name: isolated(theme.name) }))) e.preventDefault();
              else archive(e);
            }}
          >
            <input type="hidden" name="themeId" value={theme.id} />
            {/* Named by the button's word and the theme's cell, so the theme name stays isolated user content. */}
            <button type="submit" id={`archive-${theme.id}`} className="secondary" disabled={archiving} aria-labelledby={`archive-${theme.id} theme-name-${theme.id}`}>
              {t("archive")}
            </button>
          </form>
        )}
        <FormStatus state={archiveState} />
      </td>
    </tr>
  );
}
