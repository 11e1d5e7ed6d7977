"use client";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { DictionaryEntryView } from "@/lib/sources/read-source-dictionary";
import { IDENTIFIER_TYPES } from "@/lib/sources/vocabulary";
import { addDictionaryEntryAction, removeDictionaryEntryAction } from "../actions";

type Props = { sourceId: string; entries: DictionaryEntryView[]; canEdit: boolean; onChange: (entries: DictionaryEntryView[]) => void };

export function DictionaryEditor({ sourceId, entries, canEdit, onChange }: Props) {
  const t = useTranslations("sources.dictionary");
  const typeLabel = (type: string) => ((IDENTIFIER_TYPES as readonly string[]).includes(type) ? t(`kinds.${type}`) : type);
  const [addState, add, adding] = useFormAction(addDictionaryEntryAction, { resetOnSuccess: true, onSuccess: (data) => data && onChange(data.dictionary) });
  return (
    <>
      <h3>{t("heading")}</h3>
      <p className="muted">{t("intro")}</p>
      {entries.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        // Focusable so that keyboard users can scroll it when it is wider than the screen.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("heading")}>
          <table data-testid="dictionary">
            <thead>
              <tr>
                <th scope="col">{t("identifier")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("variants")}</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="sr-only">{t("actions")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td dir="auto">{entry.text}</td>
                  <td>{typeLabel(entry.type)}</td>
                  <td dir="auto">{entry.variants.length ? entry.variants.join(", ") : <span className="muted">{t("none")}</span>}</td>
                  {canEdit ? (
                    <td>
                      <RemoveEntryButton sourceId={sourceId} entry={entry} onChange={onChange} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <form method="post" onSubmit={add} className="card" aria-labelledby="add-identifier-heading">
          <h4 id="add-identifier-heading">{t("addHeading")}</h4>
          <input type="hidden" name="sourceId" value={sourceId} />
          <label htmlFor="dictionary-text">{t("textLabel")}</label>
          <input id="dictionary-text" name="text" required maxLength={200} dir="auto" autoComplete="off" />
          <FieldError state={addState} name="text" />
          <label htmlFor="dictionary-type">{t("kind")}</label>
          <select id="dictionary-type" name="type" defaultValue="PERSON">
            {IDENTIFIER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`kinds.${type}`)}
              </option>
            ))}
          </select>
          <FieldError state={addState} name="type" />
          <label htmlFor="dictionary-variants">{t("variantsLabel")}</label>
          <input id="dictionary-variants" name="variants" dir="auto" autoComplete="off" aria-describedby="dictionary-variants-hint" />
          <p className="muted" id="dictionary-variants-hint">
            {t("variantsExample")} <bdi>Abou Youssef, Abu Yousef ash-Shami, ابو يوسف الشامي</bdi>
          </p>
          <FieldError state={addState} name="variants" />
          <p>
            <button type="submit" disabled={adding}>
              {adding ? t("adding") : t("add")}
            </button>
          </p>
          <FormStatus state={addState} />
        </form>
      ) : null}
    </>
  );
}

function RemoveEntryButton({ sourceId, entry, onChange }: { sourceId: string; entry: DictionaryEntryView; onChange: (entries: DictionaryEntryView[]) => void }) {
  const t = useTranslations("sources.dictionary");
  const [state, remove, pending] = useFormAction(removeDictionaryEntryAction, { onSuccess: (data) => data && onChange(data.dictionary) });
  return (
    <form
      method="post"
      className="inline-form"
      onSubmit={(e) => {
        if (!window.confirm(t("removeConfirm"))) e.preventDefault();
        else remove(e);
      }}
    >
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="entryId" value={entry.id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={t("removeEntry", { text: entry.text })}>
        {t("remove")}
      </button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </form>
  );
}
