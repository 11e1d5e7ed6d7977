// Payloads an attacker would send, derived from a zod schema: each field either a plausible
// value of its type or something hostile — oversized, Unicode-tricky, an injection, a type it
// does not expect, missing — plus keys that try to pollute prototypes. Drives the
// hostile-input suites (server actions, partner API).
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};

/** Strings that break naive code: huge, invisible, bidirectional, surrogate halves, markup, SQL, paths, templates. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a".repeat(100_001),
  "Ab".repeat(5_000) + "\n".repeat(5_000),
  "\u202Egnp.exe\u202C",
  "\u2066Karim\u2069 \u200B\u200D\uFEFF",
  "\uD800",
  "\uDFFF\uD800",
  "e\u0301\u0301\u0301\u0301\u0301",
  "😀👩‍👩‍👧‍👦🏳️‍🌈",
  "أبو طلحة ﷺ \u0640\u0640",
  "<script>window.__pwned=1</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "[x](javascript:alert(1))",
  "'; DROP TABLE \"User\"; --",
  "' OR '1'='1",
  "${7*7}{{7*7}}<%= 7*7 %>",
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
  "__proto__",
  "constructor",
  "NaN",
  "-1",
  "1e309",
  "9007199254740993",
  "null",
  "true",
  "[]",
  "{}",
  "0x1F",
  ">".repeat(2_000) + " deep",
  "_a".repeat(3_000),
  "cmnonexistent00000000000",
  "00000000-0000-0000-0000-000000000000",
];

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const unicodeString = fc.string({ unit: "binary", maxLength: 300 });
const typeConfused = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constant({ toString: "x", valueOf: 1 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown),
);

function plausible(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => plausible(v, depth)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return fc.string({ maxLength: Math.min(schema.maxLength ?? 40, 40) });
    case "integer":
      return fc.integer({ min: Math.max(schema.minimum ?? -10, -1_000_000), max: Math.min(schema.maximum ?? 1_000, 1_000_000) });
    case "number":
      return fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    case "boolean":
      return fc.boolean();
    case "array":
      return depth > 3 ? fc.constant([]) : fc.array(hostile(schema.items ?? {}, depth + 1), { maxLength: 4 });
    case "object":
      return depth > 3 ? fc.constant({}) : hostileObject(schema, depth + 1);
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer());
  }
}

/** A value for one field: mostly plausible, often hostile. */
function hostile(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible(schema, depth), weight: 3 }, { arbitrary: hostileString, weight: 3 }, { arbitrary: unicodeString, weight: 1 }, { arbitrary: typeConfused, weight: 2 });
}

/** Ids of rows that exist, so payloads reach past "not found" into the domain. */
let knownIds: readonly string[] = [];
export function useKnownIds(ids: readonly string[]): void {
  knownIds = ids;
}
const isIdField = (name: string) => /(^id$|Id$)/.test(name);

function hostileObject(schema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.properties ?? {});
  const field = (name: string, fieldSchema: JsonSchema) =>
    isIdField(name) && knownIds.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...knownIds), weight: 3 }, { arbitrary: hostile(fieldSchema, depth), weight: 2 }) : hostile(fieldSchema, depth);
  const record = fc.record(Object.fromEntries(fields.map(([name, fieldSchema]) => [name, field(name, fieldSchema)])), { requiredKeys: [] });
  const pollution = fc.constantFrom<Record<string, unknown>>(
    {},
    {},
    JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}') as Record<string, unknown>,
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as Record<string, unknown>,
    { prototype: { polluted: "yes" }, "$ACTION_ID_x": "1" },
  );
  // An ordinary object whose own keys may be "__proto__" or "constructor", as JSON.parse (and so
  // a decoded request) makes them; defineProperty, unlike assignment, never touches the prototype.
  return fc.tuple(record, pollution).map(([fieldsValue, extra]) => {
    const payload: Record<string, unknown> = {};
    for (const source of [extra, fieldsValue]) {
      for (const key of Object.keys(source)) Object.defineProperty(payload, key, { value: source[key], enumerable: true, writable: true, configurable: true });
    }
    return payload;
  });
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  try {
    return z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema;
  } catch {
    return {};
  }
}

/** Hostile inputs for a schema: an object for object schemas, else any hostile value. */
export function hostilePayloads(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = jsonSchemaOf(schema);
  return json.type === "object" || json.properties ? hostileObject(json, 0) : hostile(json, 0);
}

/** The same payload as a browser would post it: every value a string (or a file). */
export function asFormData(payload: unknown): FormData {
  const form = new FormData();
  if (payload && typeof payload === "object") {
    // What a browser can post is text: objects go as their JSON, as a crafted request would send them.
    const text = (value: unknown) => (typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));
    for (const [key, value] of Object.entries(payload)) {
      if (Array.isArray(value)) for (const v of value) form.append(key, text(v));
      else if (value !== undefined) form.append(key, text(value));
    }
  }
  return form;
}

/** True when something wrote onto Object.prototype. */
export function prototypePolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted !== undefined || probe.isAdmin !== undefined;
}
