"use client";
// A request to invite or promote someone into a staff role, as another admin sees it.
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { bdi, NamedLabel } from "@/components/admin/user-content";
import { confirmStaffRoleAction, rejectStaffRoleAction } from "./actions";

type Request = { id: string; kind: "INVITE" | "PROMOTE"; email: string; role: "ADMIN" | "EDITOR" | "REVIEWER" | "PARTNER"; requestedBy: string; createdAt: string; mine: boolean };

export function StaffRoleRequestRow({ request }: { request: Request }) {
  const t = useTranslations("users");
  const roles = useTranslations("common.roles");
  const [confirmState, confirm, confirming] = useFormAction(confirmStaffRoleAction);
  const [rejectState, reject, rejecting] = useFormAction(rejectStaffRoleAction);
  const link = confirmState?.ok ? (confirmState.data as { link?: string } | undefined)?.link : undefined;
  const decided = Boolean(confirmState?.ok || rejectState?.ok);
  const email = request.email;
  return (
    <tr data-testid={`staff-request-${email}`}>
      <td>
        <bdi>{email}</bdi>
      </td>
      <td>{t(request.kind === "INVITE" ? "inviteAs" : "changeRoleTo", { role: roles(request.role) })}</td>
      <td>
        <bdi>{request.requestedBy}</bdi> <span className="muted">({request.createdAt})</span>
      </td>
      <td>
        {decided ? null : request.mine ? (
          <p className="muted">{t("otherAdminMustConfirm")}</p>
        ) : (
          <form method="post" onSubmit={confirm} className="inline-form">
            <input type="hidden" name="requestId" value={request.id} />
            <button type="submit" disabled={confirming}>
              <NamedLabel visible={t("confirm")} full={t.rich("confirmRequestFor", { email, bdi })} />
            </button>
          </form>
        )}
        {decided ? null : (
          <form method="post" onSubmit={reject} className="inline-form">
            <input type="hidden" name="requestId" value={request.id} />
            <button type="submit" className="secondary" disabled={rejecting}>
              <NamedLabel visible={t(request.mine ? "withdraw" : "reject")} full={t.rich(request.mine ? "withdrawRequestFor" : "rejectRequestFor", { email, bdi })} />
            </button>
          </form>
        )}
        <FormStatus state={confirmState} />
        <FormStatus state={rejectState} />
        {link ? (
          <span className="copy-box" data-testid="invitation-link">
            <code>{link}</code>
          </span>
        ) : null}
      </td>
    </tr>
  );
}
