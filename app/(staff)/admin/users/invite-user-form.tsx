"use client";
import { useActionState, useState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { inviteUserAction } from "./actions";

export function InviteUserForm({ partners }: { partners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(inviteUserAction, null);
  const [role, setRole] = useState("EDITOR");
  const link = state?.ok ? (state.data as { link?: string } | undefined)?.link : undefined;
  return (
    <form action={action}>
      <label htmlFor="invite-email">Email</label>
      <input id="invite-email" name="email" type="email" required aria-describedby="email-error" />
      <FieldError state={state} name="email" />
      <label htmlFor="invite-role">Role</label>
      <select id="invite-role" name="role" value={role} onChange={(e) => setRole(e.target.value)}>
        <option value="EDITOR">Editor</option>
        <option value="REVIEWER">Reviewer</option>
        <option value="ADMIN">Admin</option>
        <option value="PARTNER">Partner</option>
      </select>
      {role === "PARTNER" ? (
        <>
          <label htmlFor="invite-org">Partner organisation</label>
          <select id="invite-org" name="partnerOrgId" required defaultValue="">
            <option value="" disabled>
              Choose…
            </option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError state={state} name="partnerOrgId" />
        </>
      ) : null}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating invitation…" : "Create invitation link"}
        </button>
      </p>
      <FormStatus state={state} />
      {link ? (
        <p>
          <span className="copy-box" data-testid="invitation-link">
            {link}
          </span>
        </p>
      ) : null}
    </form>
  );
}
