"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { bdi } from "@/components/admin/user-content";
import { changeRoleAction, resetTwoFactorAction, setUserStatusAction } from "./actions";
import { RoleOptions } from "./role-options";
import { isolated } from "@/lib/i18n/isolate";

type Row = {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "EDITOR" | "REVIEWER" | "PARTNER";
  status: string;
  lastSignInAt: string | null;
  partnerOrgId: string | null;
  partnerOrgName: string | null;
  twoFactor: boolean;
};

export function UserRow({ user, isSelf, partners }: { user: Row; isSelf: boolean; partners: { id: string; name: string }[] }) {
  const t = useTranslations("users");
  const roles = useTranslations("common.roles");
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, null);
  const [statusState, statusAction, statusPending] = useActionState(setUserStatusAction, null);
  const [factorState, factorAction, factorPending] = useActionState(resetTwoFactorAction, null);
  const disabling = user.status === "ACTIVE";
  const email = user.email;
  return (
    <tr data-testid={`user-${email}`}>
      <td>
        <strong dir="auto">{user.name}</strong>
        <br />
        <span className="muted">
          <bdi>{email}</bdi>
        </span>
      </td>
      <td>
        {isSelf ? (
          <span>{t("roleYou", { role: roles(user.role) })}</span>
        ) : (
          <form action={roleAction} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <label className="sr-only" htmlFor={`role-${user.id}`}>
              {t.rich("roleOf", { email, bdi })}
            </label>
            <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
              <RoleOptions />
            </select>
            <label className="sr-only" htmlFor={`org-${user.id}`}>
              {t.rich("organisationOf", { email, bdi })}
            </label>
            <select id={`org-${user.id}`} name="partnerOrgId" defaultValue={user.partnerOrgId ?? ""}>
              <option value="">{t("noOrganisation")}</option>
              {partners.map((p) => (
                <option key={p.id} value={p.id} dir="auto">
                  {p.name}
                </option>
              ))}
            </select>
            <button type="submit" className="secondary" disabled={rolePending}>
              {rolePending ? t("saving") : t("changeRole")}
            </button>
            <FormStatus state={roleState} />
          </form>
        )}
      </td>
      <td>
        <span className={user.status === "ACTIVE" ? "badge badge-ok" : "badge badge-danger"}>{user.status === "ACTIVE" ? t("active") : t("disabled")}</span>
        {isSelf ? null : (
          <form
            action={statusAction}
            className="inline-form"
            onSubmit={(e) => {
              if (disabling && !window.confirm(t("confirmDisable", { email: isolated(email) }))) e.preventDefault();
            }}
          >
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="status" value={disabling ? "DISABLED" : "ACTIVE"} />
            <button type="submit" className={disabling ? "danger" : "secondary"} disabled={statusPending}>
              {disabling ? t("disable") : t("enable")}
            </button>
            <FormStatus state={statusState} />
          </form>
        )}
        <br />
        <span className="muted">{user.twoFactor ? t("twoFactorOn") : t("twoFactorOff")}</span>
        {isSelf || !user.twoFactor ? null : (
          <form
            action={factorAction}
            className="inline-form"
            onSubmit={(e) => {
              if (!window.confirm(t("confirmResetTwoFactor", { email: isolated(email) }))) e.preventDefault();
            }}
          >
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" className="secondary" disabled={factorPending}>
              {t("resetTwoFactor")}
            </button>
            <FormStatus state={factorState} />
          </form>
        )}
      </td>
      <td>{user.lastSignInAt ?? <span className="muted">{t("never")}</span>}</td>
    </tr>
  );
}
