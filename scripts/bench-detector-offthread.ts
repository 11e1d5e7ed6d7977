// npm run bench:detector-offthread [-- --mb 5] [-- --worker-only]
// Does the server keep answering while a long transcript is analysed? Detects identifiers
// in a synthetic adversarial transcript (long capitalised runs, very long lines, many
// digits) through the off-thread API while this thread runs a steady stream of small
// tasks, then runs the same detection on this thread for comparison. Prints detection
// time, this thread's event-loop delay (p50/p99/max) and how many small tasks completed.
// A benchmark, not a test: numbers depend on the machine and on the detector of the day.
import { createHash } from "node:crypto";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { threadId } from "node:worker_threads";
import { analyseTranscript } from "@/lib/redaction/analyse-transcript";
import { analyseOffThreadWithThread, detectionPool } from "@/lib/redaction/off-thread/detect-off-thread";

// The detector may be slow on this input today; the benchmark waits for it.
const TIME_LIMIT_MS = 60 * 60 * 1000;
const TASK_EVERY_MS = 2;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

/** Invented testimony made to be hard: nothing in it is real. */
function adversarialTranscript(megabytes: number): { text: string; shape: string } {
  const target = Math.round(megabytes * 1_000_000);
  const prose = "My cousin Karim Haddad from Tel Abyad, whom the emir Abu Hafs al-Tunisi called Abu Yusuf, crossed in March 2014 with Samir and Omar Farouk. ";
  const digits = "ID 19880412-7731 passport N0443921 tel +90 532 111 22 33 and 0044 7700 900123, plate 34 ABC 1234, unit 7, born 12/04/1988. ";
  // compromise's tagger is super-linear on one window: a few long capitalised runs cost the most.
  const capitalisedRuns = [16_000, 8_000, 8_000, 4_000, 4_000, 2_000, 2_000];
  // The tagger has a budget of windows, spent in text order: the runs come first.
  const pieces = capitalisedRuns.map((words) => `my brother ${"Aa ".repeat(words)}.\n`);
  let length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  for (let i = 0; length < target; i++) {
    // Very long lines: 200 KB between line breaks, every third one mostly digits.
    const part = i % 3 === 2 ? digits : prose;
    const line = part.repeat(Math.ceil(200_000 / part.length)) + "\n";
    pieces.push(line);
    length += line.length;
  }
  const text = pieces.join("").slice(0, target);
  const longestLine = Math.max(...text.split("\n").map((l) => l.length));
  return { text, shape: `${(text.length / 1e6).toFixed(2)} MB, longest line ${longestLine.toLocaleString("en")} characters, capitalised runs of ${capitalisedRuns.join(", ")} words` };
}

type Measurement = { seconds: number; findings: number; p50: number; p99: number; max: number; tasks: number; thread: string };

/** Runs `detect` while a small task is due every TASK_EVERY_MS on this thread. */
async function measure(detect: () => Promise<{ findings: number; thread: number }>): Promise<Measurement> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let tasks = 0;
  let running = true;
  const smallTask = () => {
    if (!running) return;
    createHash("sha256").update(`request ${tasks}`).digest("hex"); // a cheap request's worth of work
    tasks++;
    setTimeout(smallTask, TASK_EVERY_MS);
  };
  delay.enable();
  setTimeout(smallTask, TASK_EVERY_MS);
  // Let the task stream start before detection does.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const tasksBefore = tasks;
  const started = performance.now();
  const outcome = await detect();
  const seconds = (performance.now() - started) / 1000;
  const tasksDuring = tasks - tasksBefore;
  // One more turn of the loop, so the histogram records a delay that just ended.
  await new Promise((resolve) => setTimeout(resolve, 20));
  running = false;
  delay.disable();
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  return {
    seconds,
    findings: outcome.findings,
    p50: ms(delay.percentile(50)),
    p99: ms(delay.percentile(99)),
    max: ms(delay.max),
    tasks: tasksDuring,
    thread: outcome.thread === threadId ? "main" : `worker ${outcome.thread}`,
  };
}

function row(label: string, m: Measurement): string {
  return [
    label.padEnd(22),
    `${m.seconds.toFixed(1)} s`.padStart(9),
    `${m.findings}`.padStart(9),
    `${m.p50} / ${m.p99} / ${m.max} ms`.padStart(28),
    `${m.tasks.toLocaleString("en")} (${Math.round(m.tasks / m.seconds).toLocaleString("en")}/s)`.padStart(22),
    `  (${m.thread})`,
  ].join("  ");
}

async function main() {
  const { text, shape } = adversarialTranscript(option("mb", 5));
  const workerOnly = process.argv.includes("--worker-only");
  console.log(`Transcript: ${shape}. Small task due every ${TASK_EVERY_MS} ms on the main thread.`);

  const warm = performance.now();
  await analyseOffThreadWithThread("Warm-up: the worker starts and loads the detector.", []);
  console.log(`Worker start and detector load: ${Math.round(performance.now() - warm)} ms (once per worker).\n`);

  const offThread = await measure(async () => {
    const { result, threadId: thread } = await analyseOffThreadWithThread(text, [], TIME_LIMIT_MS);
    return { findings: result.findings.length, thread };
  });
  const header = ["".padEnd(22), "detection".padStart(9), "findings".padStart(9), "event-loop delay p50/p99/max".padStart(28), "small tasks done".padStart(22)].join("  ");
  console.log(header);
  // What the task stream achieves with nothing else running, for reference.
  console.log(row("idle, no detection", await measure(async () => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    return { findings: 0, thread: threadId };
  })));
  console.log(row("off-thread (worker)", offThread));
  if (!workerOnly) {
    const onThread = await measure(async () => ({ findings: analyseTranscript(text, []).findings.length, thread: threadId }));
    console.log(row("on the main thread", onThread));
  }
  await detectionPool().close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
