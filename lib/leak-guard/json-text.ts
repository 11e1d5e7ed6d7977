// The text of a JSON document a partner receives, as a person reads it: every string
// value, except those under keys the system itself fills in (ids, references, times) —
// a generated id is not an identifier of a person, but would look like a document number.
const SYSTEM_KEYS = new Set(["id", "ids", "assetIds", "campaignIds", "itemId", "campaignId", "kitId", "reference", "updatedAt", "createdAt", "startsOn", "endsOn", "publishedAt", "files", "type", "status", "language", "format", "version"]);

export function jsonText(json: string): string {
  const parts: string[] = [];
  const walk = (value: unknown, key: string | null): void => {
    if (key !== null && SYSTEM_KEYS.has(key)) return;
    if (typeof value === "string") parts.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, null));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(json), null);
  return parts.join("\n");
}
