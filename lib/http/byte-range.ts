// The one HTTP Range form worth serving for media: a single range (`bytes=a-b`, `bytes=a-`,
// `bytes=-n`). Several ranges are answered with the whole file, as RFC 9110 allows.

export type RangeAnswer = { kind: "whole" } | { kind: "part"; start: number; end: number } | { kind: "unsatisfiable" };

export function byteRangeOf(header: string | null, size: number): RangeAnswer {
  if (!header) return { kind: "whole" };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "whole" };
  const [first, second] = [match[1]!, match[2]!];
  if (first === "") {
    const suffix = Number(second);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "part", start: Math.max(size - suffix, 0), end: size - 1 };
  }
  const start = Number(first);
  const end = second === "" ? size - 1 : Math.min(Number(second), size - 1);
  if (start >= size || end < start) return { kind: "unsatisfiable" };
  return { kind: "part", start, end };
}

/** A web stream (for a Response) that pulls from `source` only as fast as the client reads. */
export function responseBody(source: AsyncIterator<Uint8Array> | AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
