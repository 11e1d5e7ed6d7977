// Turns an uploaded transcript file into plain text. Error messages never repeat
// the file's name or content: both may identify the source.
import "server-only";
import mammoth from "mammoth";
import { InvalidInput } from "@/lib/errors";
import { transcriptFormatOf, transcriptFromText, normaliseTranscript, type TranscriptFileFormat } from "./parse-transcript";
import { MAX_TRANSCRIPT_BYTES } from "./upload-limits";

const FIELD = "transcriptFile";
const refuse = (message: string) => new InvalidInput(message, { [FIELD]: [message] });

export async function extractTranscript(file: File): Promise<{ text: string; format: TranscriptFileFormat }> {
  const format = transcriptFormatOf(file.name);
  if (!format) throw refuse("Upload a .txt, .md, .srt, .vtt or .docx file.");
  if (file.size > MAX_TRANSCRIPT_BYTES) throw refuse("The transcript file is larger than 5 MB.");
  const bytes = Buffer.from(await file.arrayBuffer());
  if (format === "docx") {
    try {
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      return { text: normaliseTranscript(value), format };
    } catch {
      throw refuse("This .docx file could not be read. Save it again from your word processor, or paste the text.");
    }
  }
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse("The file is not UTF-8 text. Save it as UTF-8, or paste the text.");
  }
  return { text: transcriptFromText(format, decoded), format };
}
