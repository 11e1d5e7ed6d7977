// The text a reader (or a copy-and-paste) gets out of a PDF, extracted by pdf.js (through
// unpdf), not by knowing how our renderer wrote it: whatever the PDF shows is what is checked.
import { extractText, getDocumentProxy } from "unpdf";

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join("\n");
  } finally {
    await pdf.destroy();
  }
}
