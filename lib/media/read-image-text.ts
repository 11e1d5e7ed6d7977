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

function tesseract(png: Buffer, model: (typeof MODELS)[number], mode: Mode = "page"): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("tesseract", ["stdin", "stdout", "-l", model, "--psm", PSM[mode]], { stdio: ["pipe", "pipe", "ignore"], timeout: TIMEOUT_MS });
    const out: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    // the error names the program, never the picture or what it shows
    child.on("error", (error: NodeJS.ErrnoException) => reject(new ImageTextUnreadable(error.code === "ENOENT" ? "tesseract is not installed" : `tesseract failed (${error.code ?? "error"})`)));
    child.on("close", (code, signal) => (code === 0 ? resolve(Buffer.concat(out).toString("utf8")) : reject(new ImageTextUnreadable(`tesseract ended with ${signal ?? `code ${code}`}`))));
    child.stdin.on("error", () => undefined);
    child.stdin.end(png);
  });
}

/**
 * Every word either model reads in the picture, one reading after the other; "" for none.
 * `scale` shrinks the picture first: large display type (a quote card) reads better at half size.
 */
export async function readImageText(image: Uint8Array, options: { scale?: number } = {}): Promise<string> {
  let picture = sharp(image).rotate().greyscale();
  if (options.scale && options.scale !== 1) {
    const { width = 0 } = await sharp(image).metadata();
    picture = picture.resize(Math.max(1, Math.round(width * options.scale)));
  }
  const png = await picture.png().toBuffer();
  const readings = [];
  // one after the other: two tesseracts at once would take both cores from the server
  for (const model of MODELS) readings.push(await tesseract(png, model));
  const line = await asOneLine(png);
  if (line) for (const model of MODELS) readings.push(await tesseract(line, model, "line"));
  return readings
    .map((r) => r.replace(/[\f\r]/g, "").replace(/[ \t]+/g, " ").replace(/\n{2,}/g, "\n").trim())
    .filter(Boolean)
    .join("\n\n");
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
