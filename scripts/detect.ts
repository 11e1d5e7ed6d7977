// npm run -s detect -- FILE [--known KNOWN_FILE]
// Prints {"spans":[{"start","end","type","text"}]} for FILE; offsets are JavaScript string
// indices into FILE read as UTF-8 (a BOM, if any, is kept and counted). Exit 2 on bad arguments.
import { readFileSync } from "node:fs";
import { detectIdentifiers, type DictionaryEntry } from "../lib/redaction/detector";
import { parseKnownFile } from "../lib/redaction/detector/known-file";

const USAGE = "usage: npm run -s detect -- FILE [--known KNOWN_FILE]";

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { file: string; known?: string } {
  let file: string | undefined;
  let known: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--known") {
      known = argv[++i];
      if (!known) fail(`--known needs a file; ${USAGE}`);
    } else if (arg.startsWith("--known=")) {
      known = arg.slice("--known=".length);
    } else if (arg.startsWith("-") && arg !== "-") {
      fail(`unknown option ${arg}; ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`more than one FILE given; ${USAGE}`);
    }
  }
  if (file === undefined) fail(`no FILE given; ${USAGE}`);
  return known === undefined ? { file } : { file, known };
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch {
    fail(`cannot read ${what} ${path}`);
  }
}

const args = parseArgs(process.argv.slice(2));
const text = read(args.file, "FILE");
const dictionary: DictionaryEntry[] = args.known === undefined ? [] : parseKnownFile(read(args.known, "KNOWN_FILE"));
const spans = detectIdentifiers(text, { dictionary }).map(({ start, end, type, text: value }) => ({ start, end, type, text: value }));
process.stdout.write(JSON.stringify({ spans }) + "\n");
