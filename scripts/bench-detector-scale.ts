// Times the detector on adversarial text at n and 4n characters per generator. Linear time
// shows as a ratio near 4; a quadratic step would show as ~16. Also times one 5 MB mixed
// adversarial transcript. One core: this is a single-threaded loop.
//   npm run -s bench:detector-scale [-- --n 262144] [--big 5000000]
import { detectIdentifiers } from "../lib/redaction/detector";
import { GENERATORS } from "../lib/redaction/detector/evaluation/adversarial";

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : fallback; };
const n = option("--n", 262_144);
const big = option("--big", 5_000_000);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;

function seconds(text: string): number {
  const started = performance.now();
  detectIdentifiers(text);
  return (performance.now() - started) / 1000;
}

const mb = (text: string): number => Buffer.byteLength(text, "utf8") / 1e6;
detectIdentifiers(GENERATORS.map((g) => g.make(2_000)).join("\n")); // warm-up: compile regexes and lexicons

console.log(`generator                 n=${n}   4n         ratio   MB/s at 4n`);
let worst = 0;
for (const g of GENERATORS) {
  if (only && !g.name.includes(only)) continue;
  const small = g.make(n);
  const large = g.make(4 * n);
  seconds(g.make(Math.max(1000, Math.floor(n / 4)))); // warm-up on this kind of text, so compilation is not timed
  const t1 = seconds(small);
  const t4 = seconds(large);
  const ratio = t4 / Math.max(t1, 1e-6);
  worst = Math.max(worst, ratio);
  console.log(`${g.name.padEnd(24)} ${t1.toFixed(3).padStart(7)} s ${t4.toFixed(3).padStart(7)} s  ${ratio.toFixed(1).padStart(5)}   ${(mb(large) / t4).toFixed(2).padStart(6)}`);
}
// the 5 MB transcript: every generator in turn, in blocks, so runs of each kind are long
const block = 64_000;
const parts: string[] = [];
for (let i = 0, size = 0; size < big; i++) {
  const g = GENERATORS[i % GENERATORS.length]!;
  const piece = g.make(block) + "\n";
  parts.push(piece);
  size += piece.length;
}
const transcript = parts.join("");
const t = seconds(transcript);
console.log(`mixed adversarial transcript: ${(transcript.length / 1e6).toFixed(1)} M characters (${mb(transcript).toFixed(1)} MB) in ${t.toFixed(2)} s, ${(mb(transcript) / t).toFixed(2)} MB/s`);
console.log(JSON.stringify({ worstRatio: +worst.toFixed(2), bigSeconds: +t.toFixed(2), bigMB: +mb(transcript).toFixed(2) }));
