"use client";
import { useFormatter, useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TraceFinding } from "@/lib/delivery/trace-leak";
import { traceLeakAction } from "./actions";

export function TraceForm() {
  const t = useTranslations("admin.trace");
  const format = useFormatter();
  const [state, onSubmit, pending] = useFormAction(traceLeakAction);
  const findings = state?.ok ? ((state.data as TraceFinding[] | undefined) ?? []) : [];
  return (
    <>
      <form method="post" onSubmit={onSubmit} className="card" aria-label={t("title")}>
        <label htmlFor="trace-text">{t("textLabel")}</label>
        <textarea id="trace-text" name="text" rows={8} placeholder={t("textPlaceholder")} dir="auto" />
        <FieldError state={state} name="text" />
        <label htmlFor="trace-file">{t("fileLabel")}</label>
        <input id="trace-file" name="file" type="file" accept=".md,.txt,.pdf,text/plain,text/markdown,application/pdf" />
        <FieldError state={state} name="file" />
        <p>
          <button type="submit" disabled={pending}>
            {pending ? t("tracing") : t("trace")}
          </button>
        </p>
        <FormStatus state={state} />
      </form>
      {findings.map((finding, i) => (
        <section key={i} className="card" aria-label={t("finding", { number: i + 1 })} data-testid="trace-finding">
          <h2>
            {t("confidence", { level: t(`confidenceLevels.${finding.confidence}`) })} <span className="badge">{t(`evidence.${finding.evidence}`)}</span>
          </h2>
          <p>{finding.explanation}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("columns.reference")}</th>
                  <th scope="col">{t("columns.organisation")}</th>
                  <th scope="col">{t("columns.downloadedBy")}</th>
                  <th scope="col">{t("columns.item")}</th>
                  <th scope="col">{t("columns.format")}</th>
                  <th scope="col">{t("columns.when")}</th>
                </tr>
              </thead>
              <tbody>
                {finding.downloads.map((d) => (
                  <tr key={d.reference} data-testid="traced-download">
                    <td>
                      <code>{d.reference}</code>
                    </td>
                    <td>
                      <bdi>{d.organisation}</bdi>
                    </td>
                    <td>
                      {d.user ? (
                        <>
                          <bdi>{d.user.name}</bdi> (<bdi>{d.user.email}</bdi>)
                        </>
                      ) : d.token ? (
                        t.rich("apiToken", { name: d.token, bdi: (chunks) => <bdi>{chunks}</bdi> })
                      ) : (
                        t("unknown")
                      )}
                    </td>
                    <td>{t.rich("itemVersion", { title: d.itemTitle, version: d.itemVersion, bdi: (chunks) => <bdi>{chunks}</bdi> })}</td>
                    <td>
                      {d.format} · {d.channel === "API" ? "API" : t("portal")}
                    </td>
                    <td>{format.dateTime(new Date(d.createdAt), { dateStyle: "medium", timeStyle: "short" })}</td>
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
