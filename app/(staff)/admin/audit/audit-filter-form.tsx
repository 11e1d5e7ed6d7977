"use client";
import { Fragment } from "react";
import type { AuditFilter } from "@/lib/audit/audit-filter";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { filterAuditAction } from "./actions";

const FIELDS = [
  { name: "actor", label: "Who (email contains)" },
  { name: "action", label: "Action starts with", placeholder: "e.g. auth or user.role" },
  { name: "source", label: "Source code", placeholder: "S-0002" },
  { name: "item", label: "Content item id" },
  { name: "from", label: "From (UTC)", type: "date" },
  { name: "to", label: "To (UTC, inclusive)", type: "date" },
] as const satisfies readonly { name: keyof AuditFilter; label: string; placeholder?: string; type?: string }[];

/** Posted, never a GET form: its fields are free text, kept out of URLs. */
export function AuditFilterForm({ filter, filtered }: { filter: AuditFilter; filtered: boolean }) {
  const [state, onSubmit, pending] = useFormAction(filterAuditAction);
  return (
    <form className="card inline-form" method="post" onSubmit={onSubmit} aria-label="Filter the audit log">
      {FIELDS.map((field) => (
        <Fragment key={field.name}>
          <label htmlFor={field.name}>{field.label}</label>
          <input id={field.name} name={field.name} type={"type" in field ? field.type : "text"} defaultValue={filter[field.name] ?? ""} placeholder={"placeholder" in field ? field.placeholder : undefined} />
          <FieldError state={state} name={field.name} />
        </Fragment>
      ))}
      <button type="submit" disabled={pending}>
        Filter
      </button>
      {filtered ? <a href="/admin/audit">Clear filters</a> : null}
      <FormStatus state={state} />
    </form>
  );
}
