import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission, requireRecentReauth } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { NotAllowed, NotFound } from "@/lib/errors";
import { requestId } from "@/lib/request-id";
import { readRawTranscript } from "@/lib/testimony/read-raw-transcript";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { textDirection } from "@/lib/testimony/languages";
import { bdi } from "@/components/redaction/bdi";
import { languageName } from "@/components/redaction/testimony-language-name";
import styles from "./transcript.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("testimony.page"))("title") };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const LIST_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];

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
  const [t, states, languages] = await Promise.all([getTranslations("testimony.page"), getTranslations("redaction.listStates"), getTranslations("testimony.languages")]);
  const state = testimony.redactionState;
  const stateLabel = !state ? states("NOT_STARTED") : LIST_STATES.includes(state) ? states(state) : state;
  return (
    <>
      <p>
        <Link href={`/sources/${testimony.sourceId}`}>{t.rich("back", { code: testimony.sourceCode, bdi })}</Link>
      </p>
      <h1>
        {t.rich("heading", { code: testimony.sourceCode, language: languageName(languages, testimony.language), bdi })}
      </h1>
      <p className="alert alert-error" role="note">
        {t("rawWarning")}
      </p>
      <p>
        {t("facts", { interview: day(testimony.interviewDate) ?? "none", added: day(testimony.createdAt)!, state: stateLabel })}
      </p>
      {can(user, "redaction:edit") ? (
        <p>
          <Link className="button" href={`/testimony/${testimony.id}/redaction`} prefetch={false}>
            {t("redact")}
          </Link>
        </p>
      ) : null}
      {can(user, "redaction:review") && testimony.redactionState ? (
        <p>
          <Link className="button" href={`/testimony/${testimony.id}/review`} prefetch={false}>
            {testimony.redactionState === "IN_REVIEW" ? t("reviewRedaction") : t("seeRedaction")}
          </Link>
        </p>
      ) : null}
      <section className="card" aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">{t("transcript")}</h2>
        <div className={styles.transcript} lang={testimony.language} dir={textDirection(testimony.language)} data-testid="raw-transcript" data-user-content>
          {testimony.text}
        </div>
      </section>
      <section className="card" aria-labelledby="media-heading">
        <h2 id="media-heading">{t("media")}</h2>
        {testimony.media.length === 0 ? (
          <p className="empty">{t("noMedia")}</p>
        ) : (
          <ul>
            {testimony.media.map((m, i) => (
              <li key={m.id}>
                <a href={`/testimony/${testimony.id}/media/${m.id}`} download>
                  {t("downloadMedia", { number: i + 1 })}
                </a>{" "}
                <span className="muted">
                  (<span dir="auto">{m.fileName}</span>, <bdi>{m.mimeType}</bdi>, <bdi>{size(m.size)}</bdi>)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
