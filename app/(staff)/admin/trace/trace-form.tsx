"use client";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TraceFinding } from "@/lib/delivery/trace-leak";
import { traceLeakAction } from "./actions";

const CONFIDENCE_LABEL = { high: "High", medium: "Medium", low: "Low" } as const;

export function TraceForm() {
  const [state, onSubmit, pending] = useFormAction(traceLeakAction);
  const findings = state?.ok ? ((state.data as TraceFinding[] | undefined) ?? []) : [];
  return (
    <>
      <form method="post" onSubmit={onSubmit} className="card" aria-label="Trace a leak">
        <label htmlFor="trace-text">Leaked text</label>
        <textarea id="trace-text" name="text" rows={8} placeholder="Paste an excerpt as it was found (30 words are plenty)." />
        <FieldError state={state} name="text" />
        <label htmlFor="trace-file">Or a leaked file (Markdown, text or PDF)</label>
        <input id="trace-file" name="file" type="file" accept=".md,.txt,.pdf,text/plain,text/markdown,application/pdf" />
        <FieldError state={state} name="file" />
        <p>
          <button type="submit" disabled={pending}>
            {pending ? "Tracing…" : "Trace"}
          </button>
        </p>
        <FormStatus state={state} />
      </form>
      {findings.map((finding, i) => (
        <section key={i} className="card" aria-label={`Finding ${i + 1}`} data-testid="trace-finding">
          <h2>
            Confidence: {CONFIDENCE_LABEL[finding.confidence]} <span className="badge">{finding.evidence.replace("-", " ")}</span>
          </h2>
          <p>{finding.explanation}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Downloaded by</th>
                  <th scope="col">Item</th>
                  <th scope="col">Format</th>
                  <th scope="col">When</th>
                </tr>
              </thead>
              <tbody>
                {finding.downloads.map((d) => (
                  <tr key={d.reference} data-testid="traced-download">
                    <td>{d.reference}</td>
                    <td>{d.organisation}</td>
                    <td>{d.user ? `${d.user.name} (${d.user.email})` : d.token ? `API token “${d.token}”` : "unknown"}</td>
                    <td dir="auto">
                      {d.itemTitle} (v{d.itemVersion})
                    </td>
                    <td>
                      {d.format} · {d.channel === "API" ? "API" : "portal"}
                    </td>
                    <td>{new Date(d.createdAt).toISOString().replace("T", " ").slice(0, 16)} UTC</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
