"use client";
// Runs a server action from a form without React's automatic reset, so a
// refused submission keeps what the person typed (a pasted transcript, a real name).
// Forms using it set method="post": submitted before hydration, a form without a
// method would put its fields (identifiers) into the URL.
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/authorized-action";

export type ServerAction<T> = (previous: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

export function useFormAction<T>(action: ServerAction<T>, options: { resetOnSuccess?: boolean; onSuccess?: (data: T | undefined, form: FormData) => void } = {}) {
  const [state, dispatch, pending] = useActionState(async (previous: ActionResult<T> | null, submitted: { form: HTMLFormElement; data: FormData }) => {
    const result = await action(previous, submitted.data);
    if (result.ok) {
      options.onSuccess?.(result.data, submitted.data);
      if (options.resetOnSuccess) submitted.form.reset();
    }
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(() => dispatch({ form, data }));
  };
  /** Sends data other than the form's own fields (e.g. media already uploaded, by id). */
  const submitData = (form: HTMLFormElement, data: FormData) => startTransition(() => dispatch({ form, data }));
  return [state, onSubmit, pending, submitData] as const;
}
