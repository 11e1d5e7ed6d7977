"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { saveNoticePreferencesAction } from "./actions";

type Choice = { kind: string; label: string; hint: string; receive: boolean };

export function NoticePreferencesForm({ choices }: { choices: Choice[] }) {
  const t = useTranslations("account.notices");
  const [state, action, pending] = useActionState(saveNoticePreferencesAction, null);
  return (
    <form action={action} className="card">
      <fieldset>
        <legend>{t("legend")}</legend>
        {choices.map((choice) => (
          <p key={choice.kind}>
            <label>
              <input type="checkbox" name="receive[]" value={choice.kind} defaultChecked={choice.receive} aria-describedby={`hint-${choice.kind}`} /> {choice.label}
            </label>
            <br />
            <span className="muted" id={`hint-${choice.kind}`}>
              {choice.hint}
            </span>
          </p>
        ))}
      </fieldset>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
