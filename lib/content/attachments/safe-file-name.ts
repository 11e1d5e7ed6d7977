// The name an attachment is shown under: the last path segment, letters, digits,
// spaces, dots, dashes and underscores only, at most 120 characters, ending in the
// extension of what the file really is.
const MAX_LENGTH = 120;

export function safeFileName(original: string, extension: string): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const stem = base
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._-]+/gu, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.-]+$/g, "");
  const suffix = `.${extension}`;
  return `${[...(stem || "image")].slice(0, MAX_LENGTH - suffix.length).join("").trimEnd()}${suffix}`;
}
