// CSV cells for a spreadsheet: quoted by RFC 4180 when needed, and never read as a formula.
// A cell starting with = + - @ tab or carriage return is a formula (or a way to start one)
// in Excel, LibreOffice and Sheets; a leading apostrophe makes it plain text (OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}
