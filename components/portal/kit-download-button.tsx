"use client";
// Fetches the campaign kit while showing how much has arrived, then hands the ZIP
// to the browser. A refusal (for example a deactivated organisation) is shown as text.
import { useState } from "react";

type Status = { kind: "idle" } | { kind: "working"; received: number; items: number | null } | { kind: "done"; fileName: string } | { kind: "error"; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function fileNameFrom(disposition: string | null): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? "campaign-kit.zip";
}

export function KitDownloadButton({ campaignId, campaignName }: { campaignId: string; campaignName: string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function download() {
    setStatus({ kind: "working", received: 0, items: null });
    try {
      const response = await fetch(`/portal/campaigns/${encodeURIComponent(campaignId)}/kit`);
      if (!response.ok || !response.body) {
        setStatus({ kind: "error", message: response.status === 403 || response.status === 429 ? await response.text() : "The kit could not be prepared. Try again." });
        return;
      }
      const items = Number(response.headers.get("X-Countervoice-Items")) || null;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        chunks.push(r.value);
        received += r.value.byteLength;
        setStatus({ kind: "working", received, items });
      }
      const fileName = fileNameFrom(response.headers.get("Content-Disposition"));
      const url = URL.createObjectURL(new Blob(chunks, { type: "application/zip" }));
      const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: "done", fileName });
    } catch {
      setStatus({ kind: "error", message: "The download was interrupted. Try again." });
    }
  }

  return (
    <div className="kit-download">
      <button type="button" onClick={download} disabled={status.kind === "working"} aria-label={`Download the campaign kit for ${campaignName} (ZIP)`}>
        {status.kind === "working" ? "Preparing kit…" : "Download campaign kit (ZIP)"}
      </button>
      <div role="status" aria-live="polite">
        {status.kind === "working" ? (
          <>
            <progress aria-label="Kit download progress" />{" "}
            <span>
              {status.items ? `${status.items} items · ` : ""}
              {megabytes(status.received)} received
            </span>
          </>
        ) : null}
        {status.kind === "done" ? <span className="muted">Saved {status.fileName}</span> : null}
      </div>
      {status.kind === "error" ? (
        <p className="alert alert-error" role="alert">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
