// Reads the words in a picture with tesseract (Debian's tesseract-ocr, with its English and
// Arabic models): a photographed ID card, a street sign or a name on a wall must go through
// the leak guard like any text an editor typed. Each model reads the picture on its own, so a
// Latin name is not forced into Arabic letters or the other way round; both readings are kept.
// Nothing leaves the machine, and a picture that cannot be read is refused, never waved through.
import { spawn } from "node:child_process";
import sharp from "sharp";
import { DomainError } from "@/lib/errors";

/** tesseract is missing, or failed on this picture: the picture cannot be checked. */
export class ImageTextUnreadable extends DomainError {}

const MODELS = ["eng", "ara"] as const;
const TIMEOUT_MS = 60_000;

// Page mode finds the lines itself; line mode reads the picture as one line. Tesseract's Arabic
// model drops a short line alone on a picture (two words on a sign: measured) in page mode
// but reads it in line mode, so a picture that is one line high is read both ways.
type Mode = "page" | "line";
const PSM: Record<Mode, string> = { page: "3", line: "13" };

function tesseract(png: Buffer, model: (typeof MODELS)[number] | "eng+ara", mode: Mode = "page"): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("tesseract", ["stdin", "stdout", "-l", model, "--psm", PSM[mode], "tsv"], { stdio: ["pipe", "pipe", "ignore"], timeout: TIMEOUT_MS });
    const out: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    // the error names the program, never the picture or what it shows
    child.on("error", (error: NodeJS.ErrnoException) => reject(new ImageTextUnreadable(error.code === "ENOENT" ? "tesseract is not installed" : `tesseract failed (${error.code ?? "error"})`)));
    child.on("close", (code, signal) => (code === 0 ? resolve(wordsOf(Buffer.concat(out).toString("utf8"))) : reject(new ImageTextUnreadable(`tesseract ended with ${signal ?? `code ${code}`}`))));
    child.stdin.on("error", () => undefined);
    child.stdin.end(png);
  });
}

// A model reading the wrong script, or a picture the wrong way up, invents characters, digits
// among them, usually with low confidence (measured: "303060" at 74 and "0989" at 62 from the
// Arabic model reading "BREAD QUEUE" upside down; real words 85–97). An invented phone number
// would refuse a clean picture, so a word with a digit is kept only when read with confidence
// 80 or more; words of letters are all kept, as a name misread is still worth checking.
const DIGIT_CONFIDENCE = 80;

/** The words of tesseract's TSV output, line by line, without numbers it was unsure of. */
function wordsOf(tsv: string): string {
  const lines = new Map<string, string[]>();
  for (const row of tsv.split("\n").slice(1)) {
    const cells = row.split("\t");
    const word = cells[11]?.trim();
    if (!word) continue;
    if (/\p{N}/u.test(word) && Number(cells[10]) < DIGIT_CONFIDENCE) continue;
    const line = cells.slice(1, 5).join(".");
    lines.set(line, [...(lines.get(line) ?? []), word]);
  }
  return [...lines.values()].map((words) => words.join(" ")).join("\n");
}

/**
 * Every word read in the picture, reading after reading; "" for none. `scale` shrinks the
 * picture first: large display type (a quote card) reads better at half size.
 *
 * Each model reads the grey picture as a page, and as one line when it is one line high. Then
 * the same picture is read as a person might hold it: upside down, and turned 15° either way
 * (a badge photographed at a slant), and through its most contrasted colour channel when that
 * shows more than grey does (red letters on a grey of the same brightness are one flat grey).
 * Those extra readings use both models at once, to keep an upload within seconds; `upright`
 * leaves them out, for a picture known to be drawn upright in plain colours (a quote card).
 */
export async function readImageText(image: Uint8Array, options: { scale?: number; upright?: boolean } = {}): Promise<string> {
  let source = sharp(image).rotate();
  if (options.scale && options.scale !== 1) {
    const { width = 0 } = await sharp(image).metadata();
    source = source.resize(Math.max(1, Math.round(width * options.scale)));
  }
  // transparent pixels become white, so white letters on nothing are not lost with the alpha
  const upright = await source.flatten({ background: "#808080" }).png().toBuffer();
  const grey = await sharp(upright).greyscale().png().toBuffer();
  const readings = [];
  // one after the other: two tesseracts at once would take both cores from the server
  for (const model of MODELS) readings.push(await tesseract(grey, model));
  const line = await asOneLine(grey);
  if (line) for (const model of MODELS) readings.push(await tesseract(line, model, "line"));
  if (!options.upright) for (const variant of await otherWaysToSee(upright, grey)) readings.push(await tesseract(variant, "eng+ara"));
  return readings
    .map((r) => r.replace(/[\f\r]/g, "").replace(/[ \t]+/g, " ").replace(/\n{2,}/g, "\n").trim())
    .filter(Boolean)
    .join("\n\n");
}

async function otherWaysToSee(upright: Buffer, grey: Buffer): Promise<Buffer[]> {
  const turned = (angle: number) => sharp(grey).rotate(angle, { background: "#ffffff" }).png().toBuffer();
  const variants: Buffer[] = [await turned(180), await turned(15), await turned(-15)];
  const channel = await mostContrastedChannel(upright, grey);
  if (channel) variants.push(channel);
  return variants;
}

/** The red, green or blue channel alone, when its contrast is well above the grey picture's. */
async function mostContrastedChannel(upright: Buffer, grey: Buffer): Promise<Buffer | null> {
  const [colour, flat] = await Promise.all([sharp(upright).stats(), sharp(grey).stats()]);
  const spread = colour.channels.slice(0, 3).map((c) => c.stdev);
  const best = spread.indexOf(Math.max(...spread));
  if (spread[best]! < 1.5 * flat.channels[0]!.stdev + 2) return null;
  return sharp(upright).extractChannel(best as 0 | 1 | 2).png().toBuffer();
}

/** The picture's ink with a margin, when it is one line high (wider than four times its height); null otherwise. */
async function asOneLine(png: Buffer): Promise<Buffer | null> {
  const trimmed = await sharp(png)
    .trim({ threshold: 40 })
    .toBuffer({ resolveWithObject: true })
    .catch(() => null);
  if (!trimmed || trimmed.info.width < trimmed.info.height * 4) return null;
  const margin = Math.max(10, Math.round(trimmed.info.height / 2));
  return sharp(trimmed.data).extend({ top: margin, bottom: margin, left: margin, right: margin, extendWith: "copy" }).png().toBuffer();
}
