// A job's title and progress label are stored in English (the job's own words, also read by
// admins and logs); pages show them through the "jobs" catalogue. A label this map does not
// know is shown as stored.
const KIND_KEYS: Record<string, string> = {
  "partner-kit": "partnerKit",
  "partner-pdf": "partnerPdf",
  "leak-guard-recheck": "recheck",
  "redaction-detect": "detect",
};

const LABEL_KEYS: Record<string, string> = {
  "Waiting to start": "waitingToStart",
  "Building the kit": "buildingKit",
  "Rendering the PDF": "renderingPdf",
  "Encrypting the result": "encrypting",
  "Checking published items": "checkingPublished",
  "Looking for identifiers": "lookingForIdentifiers",
  Done: "done",
};

type JobsTranslator = (key: string) => string;

export function jobTitle(t: JobsTranslator, kind: string): string {
  return t(`kinds.${KIND_KEYS[kind] ?? "other"}`);
}

export function jobProgressLabel(t: JobsTranslator, label: string): string {
  const key = LABEL_KEYS[label];
  return key ? t(`labels.${key}`) : label;
}
