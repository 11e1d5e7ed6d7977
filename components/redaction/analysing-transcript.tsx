// Shown while a redaction page waits for identifier detection. The class keeps it
// invisible for the first half second, so ordinary transcripts do not flash it.
import { getTranslations } from "next-intl/server";

export async function AnalysingTranscript() {
  const t = await getTranslations("redaction");
  return (
    <p className="alert analysing" role="status" data-testid="analysing-transcript">
      {t("analysing")}
    </p>
  );
}

/** Detection failed or took too long: say so, and what to do, instead of an error page. */
export function DetectionProblem({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="alert alert-error" role="alert" data-testid="detection-problem">
        {message}
      </p>
    </>
  );
}
