"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SourceIdentifiers } from "@/lib/sources/reveal-source-identifiers";
import { revealIdentifiersAction, updateSourceAction } from "../actions";
import { DictionaryEditor } from "./dictionary-editor";

// Identifiers stay in this component's memory only: hiding them, or leaving the page, forgets them.
// `version` is the source's version as the page last read it.
export function IdentifiersPanel({ sourceId, version, canEdit }: { sourceId: string; version: number; canEdit: boolean }) {
  const t = useTranslations("sources.identifiers");
  const [identifiers, setIdentifiers] = useState<SourceIdentifiers | null>(null);
  const [revealState, reveal, revealing] = useFormAction(revealIdentifiersAction, { onSuccess: (data) => data && setIdentifiers(data) });
  const revealForm = (label: string) => (
    <form method="post" onSubmit={reveal}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <button type="submit" disabled={revealing}>
        {revealing ? t("decrypting") : label}
      </button>
      <FormStatus state={revealState} />
    </form>
  );

  if (!identifiers) {
    return (
      <>
        <p className="muted">{t("hiddenIntro")}</p>
        {revealForm(t("show"))}
      </>
    );
  }
  const stale = identifiers.version !== version;
  return (
    <div data-testid="identifiers">
      <p>
        <button type="button" className="secondary" onClick={() => setIdentifiers(null)}>
          {t("hide")}
        </button>
      </p>
      {canEdit && !stale ? (
        <IdentifiersForm sourceId={sourceId} identifiers={identifiers} onSaved={(changes) => setIdentifiers({ ...identifiers, ...changes })} />
      ) : (
        <dl>
          <dt>{t("realName")}</dt>
          <dd dir="auto">{identifiers.realName ?? <span className="muted">{t("notRecorded")}</span>}</dd>
          <dt>{t("notes")}</dt>
          <dd dir="auto" style={{ whiteSpace: "pre-wrap" }}>
            {identifiers.notes ?? <span className="muted">{t("none")}</span>}
          </dd>
        </dl>
      )}
      {canEdit && stale ? (
        <div className="alert alert-error" role="status">
          <p>{t("stale")}</p>
          {revealForm(t("showAgain"))}
        </div>
      ) : null}
      <DictionaryEditor sourceId={sourceId} entries={identifiers.dictionary} canEdit={canEdit} onChange={(dictionary) => setIdentifiers({ ...identifiers, dictionary })} />
    </div>
  );
}

type Saved = Pick<SourceIdentifiers, "realName" | "notes" | "version">;

function IdentifiersForm({ sourceId, identifiers, onSaved }: { sourceId: string; identifiers: SourceIdentifiers; onSaved: (changes: Saved) => void }) {
  const t = useTranslations("sources.identifiers");
  const [state, save, saving] = useFormAction(updateSourceAction, {
    onSuccess: (data, form) => {
      const text = (name: string) => String(form.get(name) ?? "").trim() || null;
      if (data) onSaved({ realName: text("realName"), notes: text("notes"), version: data.version });
    },
  });
  return (
    <form method="post" onSubmit={save}>
      <input type="hidden" name="sourceId" value={sourceId} />
      {/* The version read when the identifiers were shown: a change made since then is refused, not overwritten. */}
      <input type="hidden" name="version" value={identifiers.version} />
      <label htmlFor="identifiers-real-name">{t("realName")}</label>
      <input id="identifiers-real-name" name="realName" maxLength={200} defaultValue={identifiers.realName ?? ""} autoComplete="off" dir="auto" />
      <FieldError state={state} name="realName" />
      <label htmlFor="identifiers-notes">{t("notes")}</label>
      <textarea id="identifiers-notes" name="notes" rows={5} maxLength={10000} defaultValue={identifiers.notes ?? ""} dir="auto" />
      <FieldError state={state} name="notes" />
      <p>
        <button type="submit" disabled={saving}>
          {saving ? t("saving") : t("save")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
