import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requirePermission, requireRecentReauth } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { NotAllowed, NotFound } from "@/lib/errors";
import { requestId } from "@/lib/request-id";
import { readRawTranscript } from "@/lib/testimony/read-raw-transcript";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { languageLabel, textDirection } from "@/lib/testimony/languages";
import { redactionStateLabel } from "@/components/ui/redaction-state-label";
import styles from "./transcript.module.css";

export const metadata: Metadata = { title: "Testimony" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

// The raw, unredacted transcript: every render is an audited view.
export default async function TestimonyPage({ params }: { params: Promise<{ testimonyId: string }> }) {
  const user = await requirePermission("testimony:view-raw");
  const { testimonyId } = await params;
  const id = await requestId();
  const refusal = (error: unknown): never => {
    if (error instanceof NotFound) notFound();
    if (error instanceof NotAllowed) forbidden();
    throw error;
  };
  // Who may not read it at all is refused first; who may is asked to confirm it's them.
  await assertRawTestimonyAccess(user, testimonyId, id).catch(refusal);
  await requireRecentReauth(`/testimony/${encodeURIComponent(testimonyId)}`);
  const testimony = await readRawTranscript(user, testimonyId, id).catch(refusal);
  return (
    <>
      <p>
        <Link href={`/sources/${testimony.sourceId}`}>← Source {testimony.sourceCode}</Link>
      </p>
      <h1>
        Testimony of {testimony.sourceCode}, {languageLabel(testimony.language)}
      </h1>
      <p className="alert alert-error" role="note">
        Raw testimony: it identifies the source. Do not copy it anywhere; this view is recorded in the audit log.
      </p>
      <p>
        Interview: {day(testimony.interviewDate) ?? "date unknown"} · Added {day(testimony.createdAt)} · Redaction:{" "}
        {redactionStateLabel(testimony.redactionState)}
      </p>
      {can(user, "redaction:edit") ? (
        <p>
          <Link className="button" href={`/testimony/${testimony.id}/redaction`} prefetch={false}>
            Redact
          </Link>
        </p>
      ) : null}
      {can(user, "redaction:review") && testimony.redactionState ? (
        <p>
          <Link className="button" href={`/testimony/${testimony.id}/review`} prefetch={false}>
            {testimony.redactionState === "IN_REVIEW" ? "Review redaction" : "See redaction"}
          </Link>
        </p>
      ) : null}
      <section className="card" aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">Transcript</h2>
        <div className={styles.transcript} lang={testimony.language} dir={textDirection(testimony.language)} data-testid="raw-transcript">
          {testimony.text}
        </div>
      </section>
      <section className="card" aria-labelledby="media-heading">
        <h2 id="media-heading">Media</h2>
        {testimony.media.length === 0 ? (
          <p className="empty">No media files.</p>
        ) : (
          <ul>
            {testimony.media.map((m, i) => (
              <li key={m.id}>
                <a href={`/testimony/${testimony.id}/media/${m.id}`} download>
                  Download media file {i + 1}
                </a>{" "}
                <span className="muted">
                  (<span dir="auto">{m.fileName}</span>, {m.mimeType}, {size(m.size)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
