"use client";
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { TESTIMONY_LANGUAGES, textDirection } from "@/lib/testimony/languages";
import { TRANSCRIPT_ACCEPT } from "@/lib/testimony/parse-transcript";
import { isAcceptedMediaType, MAX_MEDIA_FILES, MAX_TRANSCRIPT_BYTES, maxUploadBytesFor, MEDIA_ACCEPT } from "@/lib/testimony/upload-limits";
import { createTestimonyAction } from "./actions";
import { uploadMediaFile } from "./resumable-media";

const mediaFiles = (form: HTMLFormElement) => [...((form.elements.namedItem("media[]") as HTMLInputElement).files ?? [])];

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Sizes and types are checked here too, so a refused upload is refused before it is sent. */
function sizeProblem(form: HTMLFormElement, t: Translate): string | null {
  const transcript = (form.elements.namedItem("transcriptFile") as HTMLInputElement).files?.[0];
  const media = mediaFiles(form);
  if (transcript && transcript.size > MAX_TRANSCRIPT_BYTES) return t("problems.transcriptTooLarge");
  if (media.length > MAX_MEDIA_FILES) return t("problems.tooManyFiles", { max: MAX_MEDIA_FILES });
  const wrongType = media.findIndex((f) => !isAcceptedMediaType(f.type));
  if (wrongType >= 0) return t("problems.wrongType", { number: wrongType + 1 });
  const empty = media.findIndex((f) => f.size === 0);
  if (empty >= 0) return t("problems.empty", { number: empty + 1 });
  const big = media.findIndex((f) => f.size > maxUploadBytesFor(f.type));
  if (big >= 0) return t("problems.tooLarge", { number: big + 1, limit: /^(audio|video)\//.test(media[big]!.type) ? "2 GB" : "20 MB" });
  return null;
}

type Progress = { sent: number; total: number };

export function NewTestimonyForm({ sourceId }: { sourceId: string }) {
  const t = useTranslations("testimony.new");
  const languages = useTranslations("testimony.languages");
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
      setLocalError(t("problems.uploadStopped"));
    } finally {
      setProgress(null);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const problem = sizeProblem(form, t);
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
      <label htmlFor="testimony-language">{t("language")}</label>
      <select id="testimony-language" name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
        {TESTIMONY_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {languages(l.code)}
          </option>
        ))}
      </select>
      <FieldError state={state} name="language" />
      <label htmlFor="testimony-date">{t("interviewDate")}</label>
      <input id="testimony-date" name="interviewDate" type="date" />
      <FieldError state={state} name="interviewDate" />

      <label htmlFor="testimony-transcript">{t("transcript")}</label>
      <textarea id="testimony-transcript" name="transcript" rows={14} dir={textDirection(language)} lang={language} aria-describedby="testimony-transcript-hint" />
      <p className="muted" id="testimony-transcript-hint">
        {t("transcriptHint")}
      </p>
      <FieldError state={state} name="transcript" />
      <label htmlFor="testimony-file">{t("transcriptFile")}</label>
      <input id="testimony-file" name="transcriptFile" type="file" accept={TRANSCRIPT_ACCEPT} />
      <FieldError state={state} name="transcriptFile" />

      <label htmlFor="testimony-media">{t("media")}</label>
      <input id="testimony-media" name="media[]" type="file" accept={MEDIA_ACCEPT} multiple />
      <FieldError state={state} name="media" />

      <p>
        <button type="submit" disabled={pending || uploading}>
          {uploading ? t("uploading") : pending ? t("saving") : t("title")}
        </button>
      </p>
      {progress ? (
        <p>
          <label htmlFor="testimony-media-progress">{t("mediaSent", { percent: progress.total ? Math.floor((progress.sent / progress.total) * 100) / 100 : 1 })}</label>{" "}
          <progress id="testimony-media-progress" value={progress.sent} max={progress.total || 1} />
        </p>
      ) : pending ? (
        <progress aria-label={t("savingLabel")} />
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
