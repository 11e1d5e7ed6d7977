// The progress bar and the closing table of `npm run seed:large`: one line per kind with the
// rows written this run, the time taken and rows per second.
import type { KindProgress } from "@/lib/demo/large/seed-progress";
import { progressLine } from "./progress-line";

type Tally = { kind: string; existing: number; target: number; written: number; ms: number };

export function seedReport() {
  const tallies: Tally[] = [];
  const line = progressLine();
  return {
    kind(kind: string): KindProgress & { finish(): void } {
      const tally: Tally = { kind, existing: 0, target: 0, written: 0, ms: 0 };
      tallies.push(tally);
      const began = performance.now();
      const draw = () => {
        const done = tally.existing + tally.written;
        const share = tally.target ? Math.min(1, done / tally.target) : 1;
        const bar = "#".repeat(Math.round(share * 24)).padEnd(24, ".");
        line.update(`${kind.padEnd(12)} [${bar}] ${done.toLocaleString("en")}/${tally.target.toLocaleString("en")}`);
      };
      return {
        start(existing, target) {
          Object.assign(tally, { existing, target });
          draw();
        },
        advance(rows) {
          tally.written += rows;
          draw();
        },
        finish() {
          tally.ms = performance.now() - began;
        },
      };
    },
    print(totalMs: number) {
      line.done();
      console.log(`${"kind".padEnd(12)} ${"before".padStart(10)} ${"written".padStart(10)} ${"seconds".padStart(8)} ${"rows/s".padStart(9)}`);
      for (const t of tallies) {
        const rate = t.written && t.ms ? Math.round(t.written / (t.ms / 1000)).toLocaleString("en") : "-";
        console.log(`${t.kind.padEnd(12)} ${t.existing.toLocaleString("en").padStart(10)} ${t.written.toLocaleString("en").padStart(10)} ${(t.ms / 1000).toFixed(1).padStart(8)} ${rate.padStart(9)}`);
      }
      console.log(`Elapsed: ${(totalMs / 1000).toFixed(1)} s`);
    },
  };
}
