"use client";
// Asks for the campaign kit; a background job builds it, and the partner follows its
// progress on the job's page, where the ZIP is downloaded once ready. A refusal (for example
// too many kits a minute) is shown as text.
import { useState } from "react";
import { useRouter } from "next/navigation";

type Status = { kind: "idle" } | { kind: "working" } | { kind: "error"; message: string };

export function KitDownloadButton({ campaignId, campaignName }: { campaignId: string; campaignName: string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const router = useRouter();

  async function request() {
    setStatus({ kind: "working" });
    try {
      const response = await fetch(`/portal/campaigns/${encodeURIComponent(campaignId)}/kit`, { cache: "no-store" });
      if (response.status !== 202) {
        setStatus({ kind: "error", message: response.status === 403 || response.status === 429 ? await response.text() : "The kit could not be prepared. Try again." });
        return;
      }
      const { statusUrl } = (await response.json()) as { statusUrl: string };
      router.push(statusUrl);
    } catch {
      setStatus({ kind: "error", message: "The kit could not be requested. Try again." });
    }
  }

  return (
    <div className="kit-download">
      <button type="button" onClick={request} disabled={status.kind === "working"} aria-label={`Download the campaign kit for ${campaignName} (ZIP)`}>
        {status.kind === "working" ? "Preparing kit…" : "Download campaign kit (ZIP)"}
      </button>
      {status.kind === "error" ? (
        <p className="alert alert-error" role="alert">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
