"use client";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { archiveThemeAction, createThemeAction, renameThemeAction } from "./actions";

export function AddThemeForm() {
  const [state, onSubmit, pending] = useFormAction(createThemeAction, { resetOnSuccess: true });
  return (
    <form method="post" onSubmit={onSubmit}>
      <label htmlFor="theme-name">Theme name</label>
      <input id="theme-name" name="name" maxLength={120} required dir="auto" autoComplete="off" />
      <FieldError state={state} name="name" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add theme"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

type Theme = { id: string; name: string; archived: boolean; itemCount: number };

export function ThemeRow({ theme }: { theme: Theme }) {
  const [renameState, rename, renaming] = useFormAction(renameThemeAction);
  const [archiveState, archive, archiving] = useFormAction(archiveThemeAction);
  return (
    <tr data-testid={`theme-${theme.name}`}>
      <td dir="auto">{theme.name}</td>
      <td>{theme.itemCount}</td>
      <td>{theme.archived ? <span className="badge">Archived</span> : <span className="badge badge-ok">Active</span>}</td>
      <td>
        <form method="post" className="inline-form" onSubmit={rename}>
          <input type="hidden" name="themeId" value={theme.id} />
          <label htmlFor={`rename-${theme.id}`} className="sr-only">
            New name for {theme.name}
          </label>
          <input id={`rename-${theme.id}`} name="name" defaultValue={theme.name} maxLength={120} required dir="auto" />
          <button type="submit" className="secondary" disabled={renaming}>
            Rename
          </button>
        </form>
        <FormStatus state={renameState} />
        {theme.archived ? null : (
          <form
            method="post"
            className="inline-form"
            onSubmit={(e) => {
              if (!window.confirm(`Archive “${theme.name}”? It will no longer be offered for new items.`)) e.preventDefault();
              else archive(e);
            }}
          >
            <input type="hidden" name="themeId" value={theme.id} />
            <button type="submit" className="secondary" disabled={archiving} aria-label={`Archive ${theme.name}`}>
              Archive
            </button>
          </form>
        )}
        <FormStatus state={archiveState} />
      </td>
    </tr>
  );
}
