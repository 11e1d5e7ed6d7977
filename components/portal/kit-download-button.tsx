"use client";
// Asks for the campaign kit; a background job builds it, and the partner follows its
// progress on the job's page, where the ZIP is downloaded once ready. A refusal (for example
// too many kits a minute) is shown as text, in the reader's language (the route says it so).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

type Status = { kind: "idle" } | { kind: "working" } | { kind: "error"; message: string };

/** The button's name is read from three parts: its words, the campaign's heading (`campaign-<id>`), "(ZIP)". */
export function KitDownloadButton({ campaignId }: { campaignId: string }) {
  const t = useTranslations("portal.kit");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const router = useRouter();
  const labelId = `kit-${campaignId}`;

  async function request() {
    setStatus({ kind: "working" });
    try {
      const response = await fetch(`/portal/campaigns/${encodeURIComponent(campaignId)}/kit`, { cache: "no-store" });
      if (response.status !== 202) {
        setStatus({ kind: "error", message: response.status === 403 || response.status === 429 ? await response.text() : t("notPrepared") });
        return;
      }
      const { statusUrl } = (await response.json()) as { statusUrl: string };
      router.push(statusUrl);
    } catch {
      setStatus({ kind: "error", message: t("notRequested") });
    }
  }

  return (
    <div className="kit-download">
      <span id={`${labelId}-before`} hidden>
        {t("labelBefore")}
      </span>
      <span id={`${labelId}-after`} hidden>
        {t("labelAfter")}
      </span>
      <button type="button" onClick={request} disabled={status.kind === "working"} aria-labelledby={`${labelId}-before campaign-${campaignId} ${labelId}-after`}>
        {status.kind === "working" ? t("preparing") : t("button")}
      </button>
      {status.kind === "error" ? (
        <p className="alert alert-error" role="alert">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
