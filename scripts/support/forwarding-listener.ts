// When HOST exposes the embedded demo beyond this machine, the launcher listens on HOST
// itself and hands every request to Next.js, which then listens on 127.0.0.1 only. It
// appends the connection's real peer address to x-forwarded-for, so a client cannot pass
// as local by sending that header itself (lib/auth/loopback.ts reads every hop).
import http from "node:http";

// Hop-by-hop headers concern one connection, never the next one (RFC 9110, 7.6.1).
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"]);

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}

/** The chain as received, then the peer this listener saw: the one hop nobody else could write. */
export function appendForwardedFor(received: string | string[] | undefined, peer: string | undefined): string {
  const earlier = (Array.isArray(received) ? received.join(",") : (received ?? "")).trim();
  const own = peer ?? "unknown";
  return earlier ? `${earlier}, ${own}` : own;
}

export type ForwardingListener = { close(): Promise<void> };

export function startForwardingListener(listen: { host: string; port: number }, upstreamPort: number): Promise<ForwardingListener> {
  const server = http.createServer((request, response) => {
    const headers = withoutHopByHop(request.headers);
    headers["x-forwarded-for"] = appendForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress);
    const upstream = http.request({ host: "127.0.0.1", port: upstreamPort, method: request.method, path: request.url, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers));
      answer.pipe(response);
    });
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end("Countervoice is starting or stopped; try again in a moment.");
    });
    request.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, () =>
      resolve({ close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}
