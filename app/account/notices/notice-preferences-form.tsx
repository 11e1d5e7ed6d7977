"use client";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { saveNoticePreferencesAction } from "./actions";

type Choice = { kind: string; label: string; hint: string; receive: boolean };

export function NoticePreferencesForm({ choices }: { choices: Choice[] }) {
  const [state, action, pending] = useActionState(saveNoticePreferencesAction, null);
  return (
    <form action={action} className="card">
      <fieldset>
        <legend>Send me these by email</legend>
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
          {pending ? "Saving…" : "Save"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
