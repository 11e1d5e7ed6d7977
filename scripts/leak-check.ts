// npm run -s leak-check -- --dictionary DICT.json FILE.md
// Runs the leak guard the app runs before approval, publication and delivery, over every
// form a partner would receive of a content item whose body is FILE.md, against one source
// whose dictionary is DICT.json: {"realName": "…", "entries": [{"text": "…", "type": "PERSON|…", "variants": ["…"]}]}.
// Prints one line of JSON, {"blocked": bool, "hits": [{"form", "start", "end", "type"}]}, positions
// in that form's text, never the identifier. Exits 0 whether blocked or not, 2 on bad input.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { deliveredForms } from "../lib/delivery/delivered-forms";
import { findLeaksInForms } from "../lib/leak-guard/check-forms";
import { keyHasher } from "../lib/leak-guard/identifier-index/index-hash";
import { memoryIndex } from "../lib/leak-guard/identifier-index/memory-index";
import { IDENTIFIER_TYPES } from "../lib/redaction/detector/types";

const USAGE = "usage: npm run -s leak-check -- --dictionary DICT.json FILE.md";

const Dictionary = z.object({
  realName: z.string().optional().nullable(),
  entries: z.array(z.object({ text: z.string().trim().min(1), type: z.enum(IDENTIFIER_TYPES), variants: z.array(z.string()).optional() })).default([]),
});

function fail(message: string): never {
  process.stderr.write(`leak-check: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { dictionary: string; file: string } {
  let dictionary: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--dictionary") dictionary = argv[++i] ?? fail(`--dictionary needs a file; ${USAGE}`);
    else if (arg.startsWith("--dictionary=")) dictionary = arg.slice("--dictionary=".length);
    else if (arg.startsWith("-")) fail(`unknown option ${arg}; ${USAGE}`);
    else if (file === undefined) file = arg;
    else fail(`more than one FILE given; ${USAGE}`);
  }
  if (!dictionary) fail(`no --dictionary given; ${USAGE}`);
  if (!file) fail(`no FILE given; ${USAGE}`);
  return { dictionary, file };
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return fail(`cannot read ${what} ${path}`);
  }
}

/** The form names of the contract: what a partner receives, and "source" for FILE.md itself. */
const FORM_NAMES: Record<string, string> = { body: "source", "delivered:md": "md", "delivered:txt": "txt", "delivered:pdf": "pdf", "delivered:preview": "preview", "delivered:api": "api", "delivered:file-names": "file-name" };

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let json: unknown;
  try {
    json = JSON.parse(read(args.dictionary, "DICT.json"));
  } catch {
    fail("DICT.json is not valid JSON");
  }
  const parsed = Dictionary.safeParse(json);
  if (!parsed.success) fail(`DICT.json: ${parsed.error.issues[0]?.path.join(".") || "dictionary"} ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  const body = read(args.file, "FILE");
  const arabic = (body.match(/[\u0600-\u06FF]/g) ?? []).length > (body.match(/[A-Za-z]/g) ?? []).length;
  const item = { id: "leak-check", type: "ARTICLE", language: arabic ? "ar" : "en", title: "Item", body, attachments: [] };
  const index = await memoryIndex([{ id: "source", realName: parsed.data.realName, entries: parsed.data.entries }], keyHasher(randomBytes(32)));
  const forms = [{ field: "body", label: "Body", text: body, markdown: true }, ...(await deliveredForms(item))];
  const hits = await findLeaksInForms(forms, index);
  const out = hits.map((h) => ({ form: FORM_NAMES[h.field] ?? h.field, start: h.start, end: h.end, type: h.type }));
  process.stdout.write(JSON.stringify({ blocked: out.length > 0, hits: out }) + "\n");
}

main().catch((error: unknown) => fail(error instanceof Error ? error.name : "unexpected error"));
