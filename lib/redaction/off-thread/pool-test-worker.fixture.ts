// A worker for worker-pool.test.ts that misbehaves on request.
import { serveJobs } from "./job-protocol";

export type FixtureJob = { kind: "echo"; value: string } | { kind: "spin" } | { kind: "throw"; secret: string } | { kind: "crash"; secret: string };

serveJobs((job: FixtureJob): unknown => {
  switch (job.kind) {
    case "echo":
      return job.value;
    case "spin":
      // Busy forever, like a detector on adversarial input: only terminate() stops it.
      for (let i = 0; ; i++) Math.sqrt(i);
    case "throw":
      throw new Error(`failed on ${job.secret}`);
    case "crash":
      // Cloning the reply throws, outside the job handler: the worker dies before it answers.
      return {
        get boom(): never {
          throw new Error(`crashed on ${job.secret}`);
        },
      };
  }
});
