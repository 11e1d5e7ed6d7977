// PostgreSQL cannot store the NUL character in text, and a string with half a surrogate pair
// is not Unicode at all: either fails at the database, not at validation. Every boundary
// (server actions, route handlers) refuses them first, with a clear message, wherever they sit.

const storable = (text: string) => !text.includes("\u0000") && text.isWellFormed();

/** The path of the first string that cannot be stored ("" for the value itself), or null. */
export function unstorableTextPath(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return storable(value) ? null : path;
  if (depth > 8 || value === null || typeof value !== "object") return null;
  if (typeof FormData !== "undefined" && value instanceof FormData) {
    for (const [key, entry] of value.entries()) if (typeof entry === "string" && !storable(entry)) return key;
    return null;
  }
  for (const [key, entry] of Object.entries(value)) {
    const found = unstorableTextPath(entry, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export const UNSTORABLE_TEXT_MESSAGE = "This contains a character that cannot be stored (a NUL, or half of a surrogate pair). Remove it.";
