"use client";
// The item's fields. On a save that lost a race, the other person's version is
// fetched and shown beside the form, which still holds what this person typed.
import { useState } from "react";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { createItemAction, latestVersionAction, saveItemAction } from "@/app/(staff)/content/actions";
import { CONTENT_CHANNEL_LABELS, CONTENT_CHANNELS, CONTENT_TYPE_LABELS, CONTENT_TYPES } from "@/lib/content/vocabulary";
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
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [expected, setExpected] = useState(item?.version ?? 1);
  const [language, setLanguage] = useState(item?.language ?? "en");
  // A refused save is followed by a look at what is there now, shown beside the form.
  const saveOrShowTheirs = async (previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> => {
    const result = item ? await saveItemAction(null, form) : await createItemAction(null, form);
    if (!result.ok && item && /meanwhile/.test(result.error)) {
      const latest = await latestVersionAction(null, { itemId: item.id });
      if (latest.ok && latest.data) setTheirs(latest.data);
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
      <form method="post" onSubmit={submit} aria-label={item ? "Edit content item" : "New content item"}>
        {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
        {item ? <input type="hidden" name="expectedVersion" value={expected} /> : null}
        <fieldset disabled={readOnly}>
          <legend>Content</legend>
          <label htmlFor="item-type">Type</label>
          <select id="item-type" name="type" defaultValue={item?.type ?? "QUOTE_CARD"}>
            {CONTENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {CONTENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <label htmlFor="item-language">Language</label>
          <select id="item-language" name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {TESTIMONY_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
          <label htmlFor="item-title">Title</label>
          <input id="item-title" name="title" defaultValue={item?.title ?? ""} required maxLength={200} dir={textDirection(language)} lang={language} aria-describedby="title-error" />
          <FieldError state={state} name="title" />
          <label htmlFor="item-body">Body (Markdown)</label>
          <textarea id="item-body" name="body" rows={12} defaultValue={item?.body ?? ""} dir={textDirection(language)} lang={language} aria-describedby="body-error" />
          <FieldError state={state} name="body" />
        </fieldset>
        <fieldset disabled={readOnly}>
          <legend>Themes</legend>
          {themes.length === 0 ? <p className="muted">No themes yet.</p> : null}
          {themes.map((t) => (
            <label key={t.id} className="radio">
              <input type="checkbox" name="themeIds[]" value={t.id} defaultChecked={item?.themeIds.includes(t.id)} /> {t.name}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={readOnly}>
          <legend>Channels</legend>
          {CONTENT_CHANNELS.map((c) => (
            <label key={c} className="radio">
              <input type="checkbox" name="channels[]" value={c} defaultChecked={item?.channels.includes(c)} /> {CONTENT_CHANNEL_LABELS[c]}
            </label>
          ))}
          <FieldError state={state} name="channels" />
        </fieldset>
        <fieldset disabled={readOnly}>
          <legend>Audience and notes</legend>
          <label htmlFor="item-audiences">Target audiences (comma-separated)</label>
          <input id="item-audiences" name="audiences" defaultValue={item?.audiences.join(", ") ?? ""} />
          <label htmlFor="item-notes">Internal notes (never shared)</label>
          <textarea id="item-notes" name="internalNotes" rows={3} defaultValue={item?.internalNotes ?? ""} />
        </fieldset>
        {readOnly ? null : (
          <p>
            <button type="submit" disabled={pending}>
              {pending ? "Saving…" : item ? "Save new version" : "Create draft"}
            </button>
          </p>
        )}
        <FormStatus state={state} />
      </form>
      {theirs ? (
        <section className="card" aria-labelledby="theirs-heading">
          <h2 id="theirs-heading">Their version {theirs.version}</h2>
          <p className="muted">Your text is still in the form above. Copy what you need from theirs, then save on top of version {theirs.version}.</p>
          <h3>Title</h3>
          <p dir="auto">{theirs.title}</p>
          <h3>Body</h3>
          <div className="transcript" dir="auto">
            {theirs.body}
          </div>
          <button type="button" className="secondary" onClick={() => { setExpected(theirs.version); setTheirs(null); }}>
            Save mine over version {theirs.version}
          </button>
        </section>
      ) : null}
    </>
  );
}
