"use client";
// A request to invite or promote someone into a staff role, as another admin sees it.
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { confirmStaffRoleAction, rejectStaffRoleAction } from "./actions";

type Request = { id: string; kind: "INVITE" | "PROMOTE"; email: string; role: string; requestedBy: string; createdAt: string; mine: boolean };

export function StaffRoleRequestRow({ request }: { request: Request }) {
  const [confirmState, confirm, confirming] = useFormAction(confirmStaffRoleAction);
  const [rejectState, reject, rejecting] = useFormAction(rejectStaffRoleAction);
  const link = confirmState?.ok ? (confirmState.data as { link?: string } | undefined)?.link : undefined;
  const decided = Boolean(confirmState?.ok || rejectState?.ok);
  return (
    <tr data-testid={`staff-request-${request.email}`}>
      <td>{request.email}</td>
      <td>
        {request.kind === "INVITE" ? "Invite as" : "Change role to"} {request.role}
      </td>
      <td>
        {request.requestedBy} <span className="muted">({request.createdAt})</span>
      </td>
      <td>
        {decided ? null : request.mine ? (
          <p className="muted">Another admin must confirm your request.</p>
        ) : (
          <form method="post" onSubmit={confirm} className="inline-form">
            <input type="hidden" name="requestId" value={request.id} />
            <button type="submit" disabled={confirming} aria-label={`Confirm the request for ${request.email}`}>
              Confirm
            </button>
          </form>
        )}
        {decided ? null : (
          <form method="post" onSubmit={reject} className="inline-form">
            <input type="hidden" name="requestId" value={request.id} />
            <button type="submit" className="secondary" disabled={rejecting} aria-label={`${request.mine ? "Withdraw" : "Reject"} the request for ${request.email}`}>
              {request.mine ? "Withdraw" : "Reject"}
            </button>
          </form>
        )}
        <FormStatus state={confirmState} />
        <FormStatus state={rejectState} />
        {link ? (
          <span className="copy-box" data-testid="invitation-link">
            {link}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
