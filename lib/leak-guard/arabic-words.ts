// Ordinary Arabic words: the Ayaspell dictionary (about three million inflected forms,
// clitics included), shipped by @cspell/dict-ar as a compressed trie and read with
// cspell-trie-lib. Many Arabic names are also words (كريم generous, أمل hope, حداد
// blacksmith, نظام order ~ Nizam): such a word alone in prose is taken for the word, and
// meets a source's name only in that name's own Arabic spelling or inside a longer phrase.
// Loading takes about a second and some 130 MB, once per process, on the first check.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gunzipSync } from "node:zlib";

type Dictionary = { has(word: string): boolean };

let dictionary: Promise<Dictionary> | undefined;
let loaded: Dictionary | undefined;

// Resolved from the working directory at run time, as the PDF fonts are, so a bundled
// server finds the same file as vitest and tsx do.
function trieFile(): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const file = path.join(path.dirname(require.resolve("@cspell/dict-ar/cspell-ext.json")), "ar.trie.gz");
  if (!existsSync(file)) throw new Error("The Arabic word list (@cspell/dict-ar) is not installed.");
  return file;
}

// cspell-trie-lib is published as an ES module only; a dynamic import loads it from the
// CommonJS that tsx compiles scripts to as well as from the bundled server.
async function load(): Promise<Dictionary> {
  const { decodeTrie } = await import("cspell-trie-lib");
  loaded = decodeTrie(gunzipSync(readFileSync(trieFile())).toString("utf8"));
  return loaded;
}

/** Loads the word list; call (and await) before isArabicWord. */
export function loadArabicWords(): Promise<Dictionary> {
  dictionary ??= load();
  return dictionary;
}

const TASHKEEL = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u2060\u00AD]/g;

/** `spelling`: the word as written (tashkeel and invisible characters are ignored). */
export function isArabicWord(spelling: string): boolean {
  if (!loaded) throw new Error("loadArabicWords() must finish before words are looked up");
  const bare = spelling.replace(TASHKEEL, "");
  return bare.length > 0 && loaded.has(bare);
}
