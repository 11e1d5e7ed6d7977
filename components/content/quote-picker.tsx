"use client";
// Searches approved redacted testimony (never raw transcripts) and inserts a passage.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { Page } from "@/lib/pagination";
import type { Passage } from "@/lib/content/list-approved-passages";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { insertQuoteAction, searchPassagesAction } from "@/app/(staff)/content/actions";
import { textDirection } from "@/lib/testimony/languages";

export function QuotePicker({ itemId, version }: { itemId: string; version: number }) {
  const t = useTranslations("content.picker");
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Page<Passage> | null>(null);
  const [usage, setUsage] = useState<"VERBATIM" | "PARAPHRASE">("VERBATIM");
  const [status, setStatus] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const search = (page: number) =>
    startTransition(async () => {
      const found = await searchPassagesAction(null, { q: query, page });
      if (found.ok && found.data) setResults(found.data as Page<Passage>);
      else setStatus(found);
    });
  const insert = (p: Passage) =>
    startTransition(async () => {
      setStatus(await insertQuoteAction(null, { itemId, expectedVersion: version, redactedTextId: p.redactedTextId, start: p.start, end: p.end, usage }));
    });
  return (
    <section className="card" aria-labelledby="picker-heading">
      <h3 id="picker-heading">{t("heading")}</h3>
      <form
        method="post"
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          search(1);
        }}
      >
        <label htmlFor="passage-query">{t("query")}</label>
        <input id="passage-query" dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor="quote-usage">{t("useAs")}</label>
        <select id="quote-usage" value={usage} onChange={(e) => setUsage(e.target.value as "VERBATIM" | "PARAPHRASE")}>
          <option value="VERBATIM">{t("verbatim")}</option>
          <option value="PARAPHRASE">{t("paraphrase")}</option>
        </select>
        <button type="submit" className="secondary" disabled={pending}>
          {t("search")}
        </button>
      </form>
      <FormStatus state={status} />
      {results ? (
        results.total === 0 ? (
          <p className="empty">{t("empty")}</p>
        ) : (
          <>
            <ul className="risk-list" aria-label={t("results")}>
              {results.items.map((p) => (
                <li key={`${p.redactedTextId}:${p.start}`} className="risk">
                  <span className="badge">{p.sourceCode}</span>{" "}
                  <span lang={p.language} dir={textDirection(p.language)} data-user-content>
                    {p.text}
                  </span>{" "}
                  <button type="button" className="secondary" disabled={pending} onClick={() => insert(p)}>
                    {t("insert")}
                  </button>
                </li>
              ))}
            </ul>
            <p>
              {results.page > 1 ? (
                <button type="button" className="secondary" onClick={() => search(results.page - 1)}>
                  {t("previous")}
                </button>
              ) : null}{" "}
              {t("page", { page: results.page, pageCount: results.pageCount })}{" "}
              {results.page < results.pageCount ? (
                <button type="button" className="secondary" onClick={() => search(results.page + 1)}>
                  {t("next")}
                </button>
              ) : null}
            </p>
          </>
        )
      ) : null}
    </section>
  );
}
