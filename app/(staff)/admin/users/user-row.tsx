"use client";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { changeRoleAction, resetTwoFactorAction, setUserStatusAction } from "./actions";

type Row = {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  lastSignInAt: string | null;
  partnerOrgId: string | null;
  partnerOrgName: string | null;
  twoFactor: boolean;
};

export function UserRow({ user, isSelf, partners }: { user: Row; isSelf: boolean; partners: { id: string; name: string }[] }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, null);
  const [statusState, statusAction, statusPending] = useActionState(setUserStatusAction, null);
  const [factorState, factorAction, factorPending] = useActionState(resetTwoFactorAction, null);
  const disabling = user.status === "ACTIVE";
  return (
    <tr data-testid={`user-${user.email}`}>
      <td>
        <strong>{user.name}</strong>
        <br />
        <span className="muted">{user.email}</span>
      </td>
      <td>
        {isSelf ? (
          <span>{user.role} (you)</span>
        ) : (
          <form action={roleAction} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <label className="sr-only" htmlFor={`role-${user.id}`}>
              Role of {user.email}
            </label>
            <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
              <option value="EDITOR">Editor</option>
              <option value="REVIEWER">Reviewer</option>
              <option value="ADMIN">Admin</option>
              <option value="PARTNER">Partner</option>
            </select>
            <label className="sr-only" htmlFor={`org-${user.id}`}>
              Organisation of {user.email} (partners only)
            </label>
            <select id={`org-${user.id}`} name="partnerOrgId" defaultValue={user.partnerOrgId ?? ""}>
              <option value="">No organisation</option>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <button type="submit" className="secondary" disabled={rolePending}>
              {rolePending ? "Saving…" : "Change role"}
            </button>
            <FormStatus state={roleState} />
          </form>
        )}
      </td>
      <td>
        <span className={user.status === "ACTIVE" ? "badge badge-ok" : "badge badge-danger"}>{user.status === "ACTIVE" ? "Active" : "Disabled"}</span>
        {isSelf ? null : (
          <form
            action={statusAction}
            className="inline-form"
            onSubmit={(e) => {
              if (disabling && !window.confirm(`Disable ${user.email}? They are signed out on their next click.`)) e.preventDefault();
            }}
          >
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="status" value={disabling ? "DISABLED" : "ACTIVE"} />
            <button type="submit" className={disabling ? "danger" : "secondary"} disabled={statusPending}>
              {disabling ? "Disable" : "Enable"}
            </button>
            <FormStatus state={statusState} />
          </form>
        )}
        <br />
        <span className="muted">Two-factor: {user.twoFactor ? "on" : "off"}</span>
        {isSelf || !user.twoFactor ? null : (
          <form
            action={factorAction}
            className="inline-form"
            onSubmit={(e) => {
              if (!window.confirm(`Reset two-factor sign-in of ${user.email}? Do this only once you are sure it is them who lost their device.`)) e.preventDefault();
            }}
          >
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" className="secondary" disabled={factorPending}>
              Reset two-factor
            </button>
            <FormStatus state={factorState} />
          </form>
        )}
      </td>
      <td>{user.lastSignInAt ?? <span className="muted">never</span>}</td>
    </tr>
  );
}
