// Reads the words in a picture with Debian's tesseract (English and Arabic models), as a
// person copying a card by eye would. Cards are drawn large for phones; at half size the
// letters are the height tesseract's models were trained on.
import { spawn } from "node:child_process";
import sharp from "sharp";

function tesseract(png: Buffer, language: "eng" | "ara"): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("tesseract", ["stdin", "stdout", "-l", language], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => reject(new Error(`tesseract could not start (install tesseract-ocr and tesseract-ocr-ara): ${error.message}`)));
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(out).toString("utf8")) : reject(new Error(`tesseract exited ${code}: ${Buffer.concat(err).toString("utf8")}`))));
    child.stdin.end(png);
  });
}

/** The English reading, then the Arabic one, of the picture at half size. */
export async function ocrText(png: Buffer): Promise<string> {
  const { width = 0 } = await sharp(png).metadata();
  const half = await sharp(png).resize(Math.max(1, Math.round(width / 2))).greyscale().png().toBuffer();
  const [english, arabic] = await Promise.all([tesseract(half, "eng"), tesseract(half, "ara")]);
  return `${english}\n${arabic}`;
}
