// Times the detector on adversarial text at n and 4n characters per generator. Linear time
// shows as a ratio near 4; a quadratic step would show as ~16. Also times one 5 MB mixed
// adversarial transcript. Times are CPU seconds of this process (user + system): the
// detector is single-threaded, and on a machine shared with other jobs wall time says more
// about the neighbours than about the detector. The 5 MB transcript is also timed by the wall.
//   npm run -s bench:detector-scale [-- --n 1000000] [--big 5000000] [--only NAME]
import { detectIdentifiers } from "../lib/redaction/detector";
import { GENERATORS } from "../lib/redaction/detector/evaluation/adversarial";
import { detectorThroughput, mixedAdversarialTranscript } from "./bench/detector-throughput";

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : fallback; };
// n is large enough that both texts outgrow the detector's word caches (50,000 entries), so
// the ratio measures the algorithm, not whether the smaller text happened to fit in a cache
const n = option("--n", 1_000_000);
const big = option("--big", 5_000_000);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;

/** CPU seconds of one run, or the median of three when it is short. */
function seconds(text: string): number {
  const once = (): number => {
    const before = process.cpuUsage();
    detectIdentifiers(text);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };
  const first = once();
  if (first > 0.5) return first;
  return [first, once(), once()].sort((a, b) => a - b)[1] ?? first;
}

const mb = (text: string): number => Buffer.byteLength(text, "utf8") / 1e6;
detectIdentifiers(GENERATORS.map((g) => g.make(2_000)).join("\n")); // warm-up: compile regexes and lexicons

console.log(`generator                 n=${n}   4n (CPU seconds)   ratio   MB per CPU second at 4n`);
let worst = 0;
for (const g of GENERATORS) {
  if (only && !g.name.includes(only)) continue;
  // three different texts: the warm-up compiles the code paths, and neither timed text finds
  // its words already in the detector's caches
  seconds(g.make(Math.max(1000, Math.floor(n / 4)), 2));
  const small = g.make(n, 0);
  const large = g.make(4 * n, 1);
  const t1 = seconds(small);
  const t4 = seconds(large);
  const ratio = t4 / Math.max(t1, 1e-6);
  worst = Math.max(worst, ratio);
  console.log(`${g.name.padEnd(24)} ${t1.toFixed(3).padStart(7)} s ${t4.toFixed(3).padStart(7)} s  ${ratio.toFixed(1).padStart(5)}   ${(mb(large) / t4).toFixed(2).padStart(6)}`);
}
// the 5 MB transcript: every generator in turn, in blocks, so runs of each kind are long
const transcript = mixedAdversarialTranscript(big);
const { cpuSeconds: t, wallSeconds: wall } = detectorThroughput(transcript);
console.log(`mixed adversarial transcript: ${(transcript.length / 1e6).toFixed(1)} M characters (${mb(transcript).toFixed(1)} MB) in ${t.toFixed(2)} CPU s (${wall.toFixed(2)} s wall), ${(mb(transcript) / t).toFixed(2)} MB per CPU second`);
console.log(JSON.stringify({ worstRatio: +worst.toFixed(2), bigCpuSeconds: +t.toFixed(2), bigWallSeconds: +wall.toFixed(2), bigMB: +mb(transcript).toFixed(2) }));
