"use client";
import { Fragment } from "react";
import type { AuditFilter } from "@/lib/audit/audit-filter";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { filterAuditAction } from "./actions";

const FIELDS = [{ name: "actor" }, { name: "action" }, { name: "source" }, { name: "item" }, { name: "from", type: "date" }, { name: "to", type: "date" }] as const satisfies readonly {
  name: keyof AuditFilter;
  type?: string;
}[];

export type AuditFilterLabels = {
  label: string;
  submit: string;
  clear: string;
  fields: Record<keyof AuditFilter, string>;
  placeholders: Partial<Record<keyof AuditFilter, string>>;
};

/** Posted, never a GET form: its fields are free text, kept out of URLs. */
/** Labels come from the server: the audit catalogue (every action's name) stays off the browser. */
export function AuditFilterForm({ filter, filtered, labels }: { filter: AuditFilter; filtered: boolean; labels: AuditFilterLabels }) {
  const [state, onSubmit, pending] = useFormAction(filterAuditAction);
  return (
    <form className="card inline-form" method="post" onSubmit={onSubmit} aria-label={labels.label}>
      {FIELDS.map((field) => (
        <Fragment key={field.name}>
          <label htmlFor={field.name}>{labels.fields[field.name]}</label>
          <input
            id={field.name}
            name={field.name}
            type={"type" in field ? field.type : "text"}
            defaultValue={filter[field.name] ?? ""}
            placeholder={labels.placeholders[field.name]}
            dir={"type" in field ? undefined : "auto"}
          />
          <FieldError state={state} name={field.name} />
        </Fragment>
      ))}
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
      {filtered ? <a href="/admin/audit">{labels.clear}</a> : null}
      <FormStatus state={state} />
    </form>
  );
}
