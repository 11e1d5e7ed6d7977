"use client";
import { useState, type FormEvent } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { TESTIMONY_LANGUAGES, textDirection } from "@/lib/testimony/languages";
import { TRANSCRIPT_ACCEPT } from "@/lib/testimony/parse-transcript";
import { MAX_MEDIA_BYTES, MAX_MEDIA_FILES, MAX_TRANSCRIPT_BYTES, MEDIA_ACCEPT } from "@/lib/testimony/upload-limits";
import { createTestimonyAction } from "./actions";

// The server accepts at most this much in one request (next.config.ts, bodySizeLimit).
const MAX_REQUEST_BYTES = 24 * 1024 * 1024;

/** Sizes are checked here too, so an oversized upload is refused before it is sent. */
function sizeProblem(form: HTMLFormElement): string | null {
  const transcript = (form.elements.namedItem("transcriptFile") as HTMLInputElement).files?.[0];
  const media = [...((form.elements.namedItem("media[]") as HTMLInputElement).files ?? [])];
  if (transcript && transcript.size > MAX_TRANSCRIPT_BYTES) return "The transcript file is larger than 5 MB.";
  if (media.length > MAX_MEDIA_FILES) return `Attach at most ${MAX_MEDIA_FILES} media files.`;
  const big = media.findIndex((f) => f.size > MAX_MEDIA_BYTES);
  if (big >= 0) return `Media file ${big + 1} is larger than 20 MB.`;
  const total = media.reduce((n, f) => n + f.size, transcript?.size ?? 0);
  if (total > MAX_REQUEST_BYTES) return "Together the files are larger than 24 MB. Add the testimony with fewer media files.";
  return null;
}

export function NewTestimonyForm({ sourceId }: { sourceId: string }) {
  const [language, setLanguage] = useState("en");
  const [localError, setLocalError] = useState<string | null>(null);
  const [state, submit, pending] = useFormAction(createTestimonyAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const problem = sizeProblem(event.currentTarget);
    setLocalError(problem);
    if (problem) event.preventDefault();
    else submit(event);
  };
  return (
    <form method="post" encType="multipart/form-data" onSubmit={onSubmit} aria-busy={pending}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <label htmlFor="testimony-language">Language</label>
      <select id="testimony-language" name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
        {TESTIMONY_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {l.label}
          </option>
        ))}
      </select>
      <FieldError state={state} name="language" />
      <label htmlFor="testimony-date">Interview date (optional)</label>
      <input id="testimony-date" name="interviewDate" type="date" />
      <FieldError state={state} name="interviewDate" />

      <label htmlFor="testimony-transcript">Transcript</label>
      <textarea id="testimony-transcript" name="transcript" rows={14} dir={textDirection(language)} lang={language} aria-describedby="testimony-transcript-hint" />
      <p className="muted" id="testimony-transcript-hint">
        Paste the transcript here, or upload it as a file below instead.
      </p>
      <FieldError state={state} name="transcript" />
      <label htmlFor="testimony-file">…or upload the transcript (.txt, .md, .srt, .vtt subtitles or .docx; at most 5 MB)</label>
      <input id="testimony-file" name="transcriptFile" type="file" accept={TRANSCRIPT_ACCEPT} />
      <FieldError state={state} name="transcriptFile" />

      <label htmlFor="testimony-media">Media files (optional: audio, video or images; up to 5, 20 MB each)</label>
      <input id="testimony-media" name="media[]" type="file" accept={MEDIA_ACCEPT} multiple />
      <FieldError state={state} name="media" />

      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Encrypting and saving…" : "Add testimony"}
        </button>
      </p>
      {pending ? <progress aria-label="Uploading the testimony" /> : null}
      {localError ? (
        <p className="alert alert-error" role="alert">
          {localError}
        </p>
      ) : (
        <FormStatus state={state} />
      )}
    </form>
  );
}
