// One check reads several texts (what was written, the Markdown as read, each delivered
// form); their words overlap and each asks the index in rounds. Asked together, the rounds of
// all texts become one query each, and a key asked twice is answered from memory.
import type { IndexLookup, IndexRow } from "./find-in-index";

export function batchedLookup(lookup: IndexLookup): IndexLookup {
  const answered = new Map<string, readonly IndexRow[]>();
  let waiting: { keys: readonly string[]; resolve: () => void; reject: (error: unknown) => void }[] = [];

  async function flush(): Promise<void> {
    const batch = waiting;
    waiting = [];
    const missing = [...new Set(batch.flatMap((b) => b.keys))].filter((k) => !answered.has(k));
    try {
      const found = missing.length > 0 ? await lookup(missing) : new Map<string, readonly IndexRow[]>();
      for (const key of missing) answered.set(key, found.get(key) ?? []);
      for (const b of batch) b.resolve();
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }

  return async (keys) => {
    await new Promise<void>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(() => void flush());
      waiting.push({ keys, resolve, reject });
    });
    const out = new Map<string, readonly IndexRow[]>();
    for (const key of keys) {
      const rows = answered.get(key);
      if (rows && rows.length > 0) out.set(key, rows);
    }
    return out;
  };
}
