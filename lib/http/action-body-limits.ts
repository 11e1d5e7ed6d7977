// Next.js has one body limit for every server action (next.config.ts: 25 MB, what a testimony
// with its media needs). A server action posts to the page its form is on, so the proxy can
// hold every other page to what its forms need, before anything reads the body. Requests
// that announce no length (chunked) still meet Next.js's own limit.
const MB = 1024 * 1024;

/** Pages whose forms upload files or send large work, with what they need (files + fields + framing). */
const LARGE_FORMS: readonly (readonly [RegExp, number])[] = [
  [/^\/sources\/[^/]+\/testimony\/new$/, 25 * MB], // transcript file (5 MB) + up to 5 media files (24 MB in all)
  [/^\/admin\/trace$/, 21 * MB], // a leaked file to trace (20 MB)
  [/^\/content\/[^/]+$/, 11 * MB], // an image attachment (10 MB)
  [/^\/testimony\/[^/]+\/(redaction|review)$/, 10 * MB], // the spans of a long transcript
];

/** Every other form: text fields only (a content body is at most 100,000 characters). */
export const DEFAULT_ACTION_BODY_LIMIT = 1 * MB;

export function actionBodyLimit(pathname: string): number {
  return LARGE_FORMS.find(([path]) => path.test(pathname))?.[1] ?? DEFAULT_ACTION_BODY_LIMIT;
}

/** True when a server action's announced body is larger than its page's forms need. */
export function actionBodyTooLarge(request: { method: string; headers: Headers }, pathname: string): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const length = Number(request.headers.get("content-length") ?? NaN);
  return Number.isFinite(length) && length > actionBodyLimit(pathname);
}

export function describeLimit(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
