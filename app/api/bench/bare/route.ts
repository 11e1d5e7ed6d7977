// The benchmark's baseline (npm run bench): the same build, the same proxy and headers, but no
// session, no database and no rendering, so every page's requests/s is read against this one.
// Public, and reveals nothing but a fixed word.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
