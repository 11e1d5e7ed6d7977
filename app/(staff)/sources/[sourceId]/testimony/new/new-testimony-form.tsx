"use client";
import { useRef, useState, type FormEvent } from "react";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { TESTIMONY_LANGUAGES, textDirection } from "@/lib/testimony/languages";
import { TRANSCRIPT_ACCEPT } from "@/lib/testimony/parse-transcript";
import { isAcceptedMediaType, MAX_MEDIA_FILES, MAX_TRANSCRIPT_BYTES, maxUploadBytesFor, MEDIA_ACCEPT } from "@/lib/testimony/upload-limits";
import { createTestimonyAction } from "./actions";
import { uploadMediaFile } from "./resumable-media";

const mediaFiles = (form: HTMLFormElement) => [...((form.elements.namedItem("media[]") as HTMLInputElement).files ?? [])];

/** Sizes and types are checked here too, so a refused upload is refused before it is sent. */
function sizeProblem(form: HTMLFormElement): string | null {
  const transcript = (form.elements.namedItem("transcriptFile") as HTMLInputElement).files?.[0];
  const media = mediaFiles(form);
  if (transcript && transcript.size > MAX_TRANSCRIPT_BYTES) return "The transcript file is larger than 5 MB.";
  if (media.length > MAX_MEDIA_FILES) return `Attach at most ${MAX_MEDIA_FILES} media files.`;
  const wrongType = media.findIndex((f) => !isAcceptedMediaType(f.type));
  if (wrongType >= 0) return `Media file ${wrongType + 1} is not audio, video or an image.`;
  const empty = media.findIndex((f) => f.size === 0);
  if (empty >= 0) return `Media file ${empty + 1} is empty.`;
  const big = media.findIndex((f) => f.size > maxUploadBytesFor(f.type));
  if (big >= 0) return `Media file ${big + 1} is larger than ${/^(audio|video)\//.test(media[big]!.type) ? "2 GB" : "20 MB"}.`;
  return null;
}

type Progress = { sent: number; total: number };

export function NewTestimonyForm({ sourceId }: { sourceId: string }) {
  const [language, setLanguage] = useState("en");
  const [localError, setLocalError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  // Files already sent: a form refused for another reason (the transcript) does not send them again.
  const uploaded = useRef(new WeakMap<File, string>());
  const [state, submit, pending, submitData] = useFormAction(createTestimonyAction);
  // Media go ahead through resumable uploads; the form then sends their ids, not their bytes.
  const sendWithUploads = async (form: HTMLFormElement, files: File[]) => {
    const total = files.reduce((n, f) => n + f.size, 0);
    const sentBy = files.map(() => 0);
    setProgress({ sent: 0, total });
    try {
      const ids: string[] = [];
      for (const [i, file] of files.entries()) {
        const id =
          uploaded.current.get(file) ??
          (await uploadMediaFile(file, sourceId, (sent) => {
            sentBy[i] = sent;
            setProgress({ sent: sentBy.reduce((a, b) => a + b, 0), total });
          }));
        uploaded.current.set(file, id);
        sentBy[i] = file.size;
        ids.push(id);
      }
      const data = new FormData(form);
      data.delete("media[]");
      for (const id of ids) data.append("mediaUploads[]", id);
      submitData(form, data);
    } catch {
      setLocalError("The media upload stopped (the connection may have dropped). Send the form again: the upload continues where it stopped.");
    } finally {
      setProgress(null);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const problem = sizeProblem(form);
    setLocalError(problem);
    if (problem) return event.preventDefault();
    const files = mediaFiles(form);
    if (files.length === 0) return submit(event);
    event.preventDefault();
    void sendWithUploads(form, files);
  };
  const uploading = progress !== null;
  return (
    <form method="post" encType="multipart/form-data" onSubmit={onSubmit} aria-busy={pending || uploading}>
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

      <label htmlFor="testimony-media">Media files (optional: audio, video or images; up to 5; audio and video up to 2 GB each, images 20 MB)</label>
      <input id="testimony-media" name="media[]" type="file" accept={MEDIA_ACCEPT} multiple />
      <FieldError state={state} name="media" />

      <p>
        <button type="submit" disabled={pending || uploading}>
          {uploading ? "Uploading media…" : pending ? "Encrypting and saving…" : "Add testimony"}
        </button>
      </p>
      {progress ? (
        <p>
          <label htmlFor="testimony-media-progress">Media sent: {progress.total ? Math.floor((progress.sent / progress.total) * 100) : 100}%</label>{" "}
          <progress id="testimony-media-progress" value={progress.sent} max={progress.total || 1} />
        </p>
      ) : pending ? (
        <progress aria-label="Saving the testimony" />
      ) : null}
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
