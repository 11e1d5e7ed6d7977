// Pure transcript parsing: file name to format, subtitle files to the spoken
// lines in order, and whitespace normalisation. No I/O (docx: extract-transcript.ts).
export const TRANSCRIPT_FILE_FORMATS = ["txt", "md", "srt", "vtt", "docx"] as const;
export type TranscriptFileFormat = (typeof TRANSCRIPT_FILE_FORMATS)[number];
export type TranscriptFormat = TranscriptFileFormat | "paste";

export const TRANSCRIPT_ACCEPT = TRANSCRIPT_FILE_FORMATS.map((f) => `.${f}`).join(",");

export function transcriptFormatOf(fileName: string): TranscriptFileFormat | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  return TRANSCRIPT_FILE_FORMATS.find((f) => f === extension) ?? null;
}

/** Unix line ends, no byte-order mark, no trailing spaces, at most one blank line in a row, trimmed. */
export function normaliseTranscript(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00A0]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const TIMING = /-->/;
const CUE_NUMBER = /^\d+$/;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&quot;": '"', "&#39;": "'", "&lrm;": "", "&rlm;": "" };

function cueText(line: string): string {
  return line
    .replace(/<[^>]*>/g, "") // <i>, <b>, <font …>, <v Speaker>, <c.class>, inline <00:00:01.000>
    .replace(/\{\\[^}]*\}/g, "") // ASS-style overrides such as {\an8}
    .replace(/&(amp|lt|gt|nbsp|quot|#39|lrm|rlm);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * SubRip (.srt) and WebVTT (.vtt): drops the WEBVTT header, NOTE/STYLE/REGION
 * blocks, cue numbers and identifiers, timings and markup; keeps each spoken line
 * in order, without the repeats that rolling captions produce.
 */
export function subtitleText(text: string, format: "srt" | "vtt"): string {
  const blocks = normaliseTranscript(text).split(/\n\s*\n/);
  const lines: string[] = [];
  for (const block of blocks) {
    const rows = block.split("\n");
    let inCue = false;
    rows.forEach((row, i) => {
      if (TIMING.test(row)) {
        inCue = true;
        return;
      }
      // A cue number (SRT) or identifier (VTT) is the row just before a timing,
      // also when a malformed file runs cues together without blank lines.
      if (TIMING.test(rows[i + 1] ?? "")) return;
      // Outside a cue: VTT header, NOTE, STYLE, REGION; a stray SRT cue number.
      if (!inCue && (format === "vtt" || CUE_NUMBER.test(row.trim()))) return;
      const line = cueText(row);
      if (line && line !== lines[lines.length - 1]) lines.push(line);
    });
  }
  return lines.join("\n");
}

/** The plain transcript of a text-based upload or a paste. */
export function transcriptFromText(format: Exclude<TranscriptFormat, "docx">, text: string): string {
  return format === "srt" || format === "vtt" ? subtitleText(text, format) : normaliseTranscript(text);
}
