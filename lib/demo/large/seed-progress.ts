// How a seeding step reports how far it is; the command line draws it (scripts/seed-large.ts).
export type KindProgress = {
  /** `existing` rows of this kind were already there (an earlier run); the step tops up to `target`. */
  start(existing: number, target: number): void;
  advance(rows: number): void;
};
