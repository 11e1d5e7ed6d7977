// pdfkit writes each Info value as an indirect object (`/CountervoiceRef 13 0 R`), so a key
// and its value never sit side by side in the bytes. This appends an incremental update
// (ISO 32000-1 §7.5.6) whose Info dictionary holds the values directly, so a leaked file can
// be traced by searching its bytes for `/CountervoiceRef (ABCD-1234)`. Readers use the newest trailer.

export type InfoValue = string | Date;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function pdfDate(date: Date): string {
  return `(D:${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`;
}

/** A literal string when the value is printable ASCII (so it stays searchable), else UTF-16BE hex. */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(value, "utf16le").swap16().toString("hex");
  return `<FEFF${utf16.toUpperCase()}>`;
}

function pdfName(key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error("PDF Info keys must be plain names");
  return `/${key}`;
}

function lastTrailer(pdf: Buffer) {
  const tail = pdf.subarray(Math.max(0, pdf.length - 4096)).toString("latin1");
  const match = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail.slice(tail.lastIndexOf("trailer")));
  const size = match && /\/Size (\d+)/.exec(match[1] ?? "");
  const root = match && /\/Root (\d+ \d+ R)/.exec(match[1] ?? "");
  const id = match && /\/ID (\[[^\]]*\])/.exec(match[1] ?? "");
  if (!match || !size || !root) throw new Error("Unexpected PDF trailer");
  return { size: Number(size[1]), root: root[1], id: id?.[1] ?? null, previousXref: Number(match[2]) };
}

export function appendInfoUpdate(pdf: Buffer, info: Record<string, InfoValue>): Buffer {
  const trailer = lastTrailer(pdf);
  const objectNumber = trailer.size;
  const lead = pdf[pdf.length - 1] === 0x0a ? "" : "\n";
  const entries = Object.entries(info).map(([key, value]) => `${pdfName(key)} ${value instanceof Date ? pdfDate(value) : pdfString(value)}`);
  const object = `${lead}${objectNumber} 0 obj\n<<\n${entries.join("\n")}\n>>\nendobj\n`;
  const objectOffset = pdf.length + lead.length;
  const xrefOffset = pdf.length + Buffer.byteLength(object, "latin1");
  const update = [
    object,
    "xref\n",
    `${objectNumber} 1\n`,
    `${pad(objectOffset, 10)} 00000 n \n`,
    "trailer\n<<\n",
    `/Size ${objectNumber + 1}\n/Root ${trailer.root}\n/Info ${objectNumber} 0 R\n`,
    trailer.id ? `/ID ${trailer.id}\n` : "",
    `/Prev ${trailer.previousXref}\n>>\n`,
    `startxref\n${xrefOffset}\n%%EOF\n`,
  ].join("");
  return Buffer.concat([pdf, Buffer.from(update, "latin1")]);
}
