// What a finished kit or PDF job offers its partner: the file (once), or why there is none.
import type { peekPreparedDownload } from "@/lib/delivery/prepared/fetch-prepared-download";

type Peeked = Awaited<ReturnType<typeof peekPreparedDownload>>;

export function PreparedDownloadResult({ jobId, outcome }: { jobId: string; outcome: Peeked }) {
  switch (outcome.state) {
    case "ready":
      return (
        <p>
          <a className="button" href={`/jobs/${encodeURIComponent(jobId)}/download`} data-testid="prepared-download" download>
            Download {outcome.prepared.fileName}
          </a>{" "}
          <span className="muted">It can be downloaded once, within an hour; then it is deleted.</span>
        </p>
      );
    case "refused":
      return (
        <p className="alert alert-error" role="alert">
          {outcome.message}
        </p>
      );
    case "gone":
      return <p>This file was already downloaded, or it expired. Ask for it again from the portal.</p>;
    case "not-found":
      return <p>This is no longer shared with your organisation.</p>;
    default:
      return null;
  }
}
