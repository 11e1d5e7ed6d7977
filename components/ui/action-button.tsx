"use client";
// A form of one button that runs a server action with a few hidden fields, says so while it
// runs, and shows the action's answer beside it: the retry buttons, withdrawing consent.
import { FormStatus } from "./form-status";
import { useFormAction, type ServerAction } from "./use-form-action";

type Props<T> = {
  action: ServerAction<T>;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  variant?: "secondary" | "danger";
  /** Asked with the browser's confirm() first; nothing is sent unless the person agrees. */
  confirmFirst?: string;
  className?: string;
};

export function ActionButton<T>({ action, fields, label, pendingLabel, variant, confirmFirst, className }: Props<T>) {
  const [state, run, pending] = useFormAction(action);
  return (
    <form
      method="post"
      className={className}
      onSubmit={(event) => {
        if (confirmFirst && !window.confirm(confirmFirst)) event.preventDefault();
        else run(event);
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
