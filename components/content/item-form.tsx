"use client";
// The item's fields. On a save that lost a race, the other person's version is
// fetched and shown beside the form, which still holds what this person typed.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { createItemAction, latestVersionAction, saveItemAction } from "@/app/(staff)/content/actions";
import { CONTENT_CHANNELS, CONTENT_TYPES } from "@/lib/content/vocabulary";
import { TESTIMONY_LANGUAGES, textDirection } from "@/lib/testimony/languages";

export type ItemFormValues = {
  id: string;
  version: number;
  type: string;
  title: string;
  body: string;
  language: string;
  themeIds: string[];
  audiences: string[];
  channels: string[];
  internalNotes: string | null;
};

type Theirs = { version: number; title: string; body: string };

export function ItemForm({ item, themes, readOnly = false }: { item: ItemFormValues | null; themes: { id: string; name: string }[]; readOnly?: boolean }) {
  const t = useTranslations("content");
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [expected, setExpected] = useState(item?.version ?? 1);
  const [language, setLanguage] = useState(item?.language ?? "en");
  // A refused save is followed by a look at what is there now, shown beside the form.
  const saveOrShowTheirs = async (previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
    const result = item ? await saveItemAction(null, form) : await createItemAction(null, form);
    // Whatever language the refusal is in, a newer version than the one this form holds means it lost a race.
    if (!result.ok && item && !result.fieldErrors) {
      const latest = await latestVersionAction(null, { itemId: item.id });
      const now = latest.ok ? (latest.data as Theirs | undefined) : undefined;
      if (now && now.version > expected) setTheirs(now);
    }
    return result;
  };
  const [state, submit, pending] = useFormAction(saveOrShowTheirs, {
    onSuccess: (data) => {
      const saved = data as { version?: number } | undefined;
      if (saved?.version) setExpected(saved.version);
      setTheirs(null);
    },
  });
  return (
    <>
      <form method="post" onSubmit={submit} aria-label={item ? t("form.editLabel") : t("form.newTitle")}>
        {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
        {item ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
        <fieldset disabled={readOnly}>
          <legend>{t("form.content")}</legend>
          <label htmlFor="item-type">{t("form.type")}</label>
          <select id="item-type" name="type" defaultValue={item?.type ?? "QUOTE_CARD"}>
            {CONTENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
          <label htmlFor="item-language">{t("form.language")}</label>
          <select id="item-language" name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {TESTIMONY_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {t(`languages.${l.code}`)}
              </option>
            ))}
          </select>
          <label htmlFor="item-title">{t("form.title")}</label>
          <input id="item-title" name="title" defaultValue={item?.title ?? ""} required maxLength={200} dir={textDirection(language)} lang={language} aria-describedby="title-error" />
          <FieldError state={state} name="title" />
          <label htmlFor="item-body">{t("form.body")}</label>
          <textarea id="item-body" name="body" rows={12} defaultValue={item?.body ?? ""} dir={textDirection(language)} lang={language} aria-describedby="body-error" />
          <FieldError state={state} name="body" />
        </fieldset>
        <fieldset disabled={readOnly}>
          <legend>{t("form.themes")}</legend>
          {themes.length === 0 ? <p className="muted">{t("form.noThemes")}</p> : null}
          {themes.map((theme) => (
            <label key={theme.id} className="radio">
              <input type="checkbox" name="themeIds[]" value={theme.id} defaultChecked={item?.themeIds.includes(theme.id)} /> <bdi>{theme.name}</bdi>
            </label>
          ))}
        </fieldset>
        <fieldset disabled={readOnly}>
          <legend>{t("form.channels")}</legend>
          {CONTENT_CHANNELS.map((c) => (
            <label key={c} className="radio">
              <input type="checkbox" name="channels[]" value={c} defaultChecked={item?.channels.includes(c)} /> {t(`channels.${c}`)}
            </label>
          ))}
          <FieldError state={state} name="channels" />
        </fieldset>
        <fieldset disabled={readOnly}>
          <legend>{t("form.audienceAndNotes")}</legend>
          <label htmlFor="item-audiences">{t("form.audiences")}</label>
          <input id="item-audiences" name="audiences" dir="auto" defaultValue={item?.audiences.join(", ") ?? ""} />
          <label htmlFor="item-notes">{t("form.notes")}</label>
          <textarea id="item-notes" name="internalNotes" dir="auto" rows={3} defaultValue={item?.internalNotes ?? ""} />
        </fieldset>
        {readOnly ? null : (
          <p>
            <button type="submit" disabled={pending}>
              {pending ? t("form.saving") : item ? t("form.saveVersion") : t("form.create")}
            </button>
          </p>
        )}
        <FormStatus state={state} />
      </form>
      {theirs ? (
        <section className="card" aria-labelledby="theirs-heading">
          <h2 id="theirs-heading">{t("form.theirVersion", { version: theirs.version })}</h2>
          <p className="muted">{t("form.theirsHelp", { version: theirs.version })}</p>
          <h3>{t("form.title")}</h3>
          <p dir="auto">{theirs.title}</p>
          <h3>{t("fields.body")}</h3>
          <div className="transcript" dir="auto">
            {theirs.body}
          </div>
          <button type="button" className="secondary" onClick={() => { setExpected(theirs.version); setTheirs(null); }}>
            {t("form.saveOver", { version: theirs.version })}
          </button>
        </section>
      ) : null}
    </>
  );
}
