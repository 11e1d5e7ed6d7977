// The detector's throughput on one core: a mixed adversarial transcript (every generator of
// the detector's evaluation in turn, in 64 KB blocks, so each kind comes in long runs), timed in
// CPU seconds of this process, since the detector is single-threaded and the machine shared.
// Shared by npm run bench and npm run bench:detector-scale.
import { detectIdentifiers } from "@/lib/redaction/detector";
import { GENERATORS } from "@/lib/redaction/detector/evaluation/adversarial";

export function mixedAdversarialTranscript(characters: number): string {
  const block = 64_000;
  const parts: string[] = [];
  for (let i = 0, size = 0; size < characters; i++) {
    const piece = GENERATORS[i % GENERATORS.length]!.make(block) + "\n";
    parts.push(piece);
    size += piece.length;
  }
  return parts.join("");
}

export type Throughput = { megabytes: number; cpuSeconds: number; wallSeconds: number; mbPerCpuSecond: number };

export function detectorThroughput(text: string): Throughput {
  const started = performance.now();
  const before = process.cpuUsage();
  detectIdentifiers(text);
  const used = process.cpuUsage(before);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const megabytes = Buffer.byteLength(text, "utf8") / 1e6;
  return { megabytes, cpuSeconds, wallSeconds: (performance.now() - started) / 1000, mbPerCpuSecond: megabytes / Math.max(cpuSeconds, 1e-6) };
}

/** Warms the detector up (regexes, lexicons), then measures it on `megabytes` of mixed text. */
export function measureDetector(megabytes: number): { megabytes: number; mbPerCpuSecond: number } {
  detectIdentifiers(GENERATORS.map((g) => g.make(2_000)).join("\n"));
  const result = detectorThroughput(mixedAdversarialTranscript(megabytes * 1_000_000));
  return { megabytes: +result.megabytes.toFixed(2), mbPerCpuSecond: +result.mbPerCpuSecond.toFixed(2) };
}
