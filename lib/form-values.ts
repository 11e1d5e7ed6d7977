// What forms send, made into what schemas expect. Shared by server schemas and the client
// components that validate before sending, so nothing here may need the server.
/** Checkbox groups and multi-file inputs are named `x[]` in forms (see formDataToObject); schemas call them `x`. */
export function withoutArraySuffixes(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key.endsWith("[]") ? key.slice(0, -2) : key, v]));
}

/** A form field left blank means "none". */
export const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** A list field: an array as is, a string split on commas (Latin or Arabic) and new lines, nothing as []. */
export function toList(value: unknown): unknown {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,،\n]/) : value;
  if (!Array.isArray(items)) return items;
  const cleaned = items.map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== "");
  return [...new Set(cleaned)];
}

/** What a browser sends for a file input left empty: a nameless, empty File. */
export function isNoFile(value: unknown): boolean {
  return value instanceof File && value.size === 0 && ["", "undefined", "blob"].includes(value.name);
}
