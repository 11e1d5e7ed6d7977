import type { ActionResult } from "@/lib/auth/authorized-action";
import { ReauthLink } from "./reauth-link";

export function FormStatus({ state }: { state: ActionResult | null }) {
  if (!state) return null;
  if (state.ok) return state.message ? <p className="alert alert-ok" role="status">{state.message}</p> : null;
  return (
    <p className="alert alert-error" role="alert">
      {state.error}
      {state.reauthRequired ? (
        <>
          {" "}
          <ReauthLink />
        </>
      ) : null}
    </p>
  );
}

export function FieldError({ state, name }: { state: ActionResult | null; name: string }) {
  if (!state || state.ok || !state.fieldErrors?.[name]) return null;
  return (
    <p className="field-error" id={`${name}-error`}>
      {state.fieldErrors[name]?.join(" ")}
    </p>
  );
}
