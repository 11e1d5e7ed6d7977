"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { createPartnerAction, renamePartnerAction, setPartnerActiveAction } from "./actions";

export function CreatePartnerForm() {
  const [state, action, pending] = useActionState(createPartnerAction, null);
  return (
    <form action={action}>
      <label htmlFor="partner-name">Name</label>
      <input id="partner-name" name="name" required minLength={2} maxLength={120} />
      <FieldError state={state} name="name" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add organisation"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

type Partner = { id: string; name: string; active: boolean; people: number };

export function PartnerRow({ partner }: { partner: Partner }) {
  const [renameState, rename, renaming] = useActionState(renamePartnerAction, null);
  const [activeState, setActive, switching] = useActionState(setPartnerActiveAction, null);
  return (
    <tr data-testid={`partner-${partner.name}`}>
      <td>
        <form action={rename} className="inline-form">
          <input type="hidden" name="partnerOrgId" value={partner.id} />
          <label className="sr-only" htmlFor={`name-${partner.id}`}>
            Name of {partner.name}
          </label>
          <input id={`name-${partner.id}`} name="name" defaultValue={partner.name} required minLength={2} maxLength={120} />
          <button type="submit" className="secondary" disabled={renaming}>
            Rename
          </button>
          <FormStatus state={renameState} />
        </form>{" "}
        <Link href={`/admin/partners/${partner.id}/tokens`} aria-label={`API tokens of ${partner.name}`}>
          API tokens
        </Link>{" "}
        <Link href={`/admin/partners/${partner.id}/webhooks`} aria-label={`Notices and webhook of ${partner.name}`}>
          Notices &amp; webhook
        </Link>
      </td>
      <td>{partner.people}</td>
      <td>
        <span className={partner.active ? "badge badge-ok" : "badge badge-danger"}>{partner.active ? "Active" : "Deactivated"}</span>{" "}
        <form
          action={setActive}
          className="inline-form"
          onSubmit={(e) => {
            if (partner.active && !window.confirm(`Deactivate ${partner.name}? Its ${partner.people} people lose access at once.`)) e.preventDefault();
          }}
        >
          <input type="hidden" name="partnerOrgId" value={partner.id} />
          <input type="hidden" name="active" value={partner.active ? "false" : "true"} />
          <button type="submit" className={partner.active ? "danger" : "secondary"} disabled={switching}>
            {partner.active ? "Deactivate" : "Reactivate"}
          </button>
          <FormStatus state={activeState} />
        </form>
      </td>
    </tr>
  );
}
