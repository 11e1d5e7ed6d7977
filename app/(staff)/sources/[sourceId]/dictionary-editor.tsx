"use client";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { DictionaryEntryView } from "@/lib/sources/read-source-dictionary";
import { IDENTIFIER_LABELS, IDENTIFIER_TYPES, type IdentifierType } from "@/lib/sources/vocabulary";
import { addDictionaryEntryAction, removeDictionaryEntryAction } from "../actions";

type Props = { sourceId: string; entries: DictionaryEntryView[]; canEdit: boolean; onChange: (entries: DictionaryEntryView[]) => void };

const typeLabel = (type: string) => IDENTIFIER_LABELS[type as IdentifierType] ?? type;

export function DictionaryEditor({ sourceId, entries, canEdit, onChange }: Props) {
  const [addState, add, adding] = useFormAction(addDictionaryEntryAction, { resetOnSuccess: true, onSuccess: (data) => data && onChange(data.dictionary) });
  return (
    <>
      <h3>Identifier dictionary</h3>
      <p className="muted">Names, kunyas, places, numbers and marks that point to this person. Redaction looks for each one and its variants.</p>
      {entries.length === 0 ? (
        <p className="empty">No identifiers yet.</p>
      ) : (
        // Focusable so that keyboard users can scroll it when it is wider than the screen.
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Identifier dictionary">
          <table data-testid="dictionary">
            <thead>
              <tr>
                <th scope="col">Identifier</th>
                <th scope="col">Kind</th>
                <th scope="col">Variants</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td dir="auto">{entry.text}</td>
                  <td>{typeLabel(entry.type)}</td>
                  <td dir="auto">{entry.variants.length ? entry.variants.join(", ") : <span className="muted">none</span>}</td>
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
          <h4 id="add-identifier-heading">Add an identifier</h4>
          <input type="hidden" name="sourceId" value={sourceId} />
          <label htmlFor="dictionary-text">Identifier as it appears</label>
          <input id="dictionary-text" name="text" required maxLength={200} dir="auto" autoComplete="off" />
          <FieldError state={addState} name="text" />
          <label htmlFor="dictionary-type">Kind</label>
          <select id="dictionary-type" name="type" defaultValue="PERSON">
            {IDENTIFIER_TYPES.map((type) => (
              <option key={type} value={type}>
                {IDENTIFIER_LABELS[type]}
              </option>
            ))}
          </select>
          <FieldError state={addState} name="type" />
          <label htmlFor="dictionary-variants">Spelling variants (comma-separated, optional)</label>
          <input id="dictionary-variants" name="variants" dir="auto" autoComplete="off" aria-describedby="dictionary-variants-hint" />
          <p className="muted" id="dictionary-variants-hint">
            For example: Abou Youssef, Abu Yousef ash-Shami, ابو يوسف الشامي
          </p>
          <FieldError state={addState} name="variants" />
          <p>
            <button type="submit" disabled={adding}>
              {adding ? "Adding…" : "Add identifier"}
            </button>
          </p>
          <FormStatus state={addState} />
        </form>
      ) : null}
    </>
  );
}

function RemoveEntryButton({ sourceId, entry, onChange }: { sourceId: string; entry: DictionaryEntryView; onChange: (entries: DictionaryEntryView[]) => void }) {
  const [state, remove, pending] = useFormAction(removeDictionaryEntryAction, { onSuccess: (data) => data && onChange(data.dictionary) });
  return (
    <form
      method="post"
      className="inline-form"
      onSubmit={(e) => {
        if (!window.confirm("Remove this identifier from the dictionary? Redaction will no longer look for it.")) e.preventDefault();
        else remove(e);
      }}
    >
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="entryId" value={entry.id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Remove ${entry.text}`}>
        Remove
      </button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </form>
  );
}
