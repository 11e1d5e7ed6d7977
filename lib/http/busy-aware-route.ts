// Wraps a route handler so that overload never becomes a 500: a busy database or a full
// admission gate answers 503 with Retry-After (busy-response.ts), and the request's abort
// signal reaches the transactions it starts (lib/db/overload/request-signal.ts).
import "server-only";
import { whileClientWaits } from "@/lib/db/overload/request-signal";
import { enterGate } from "./admission-gate";
import { overloadResponse } from "./busy-response";

type Handler<C> = (request: Request, context: C) => Promise<Response>;
type Options = { format: "json" | "text"; /** admission-controlled: PDFs, kits, exports */ heavy?: boolean };

const HEAVY_GATE = "heavy-requests";

/** A streamed body that gives the gate's place back when it ends, fails or is cancelled. */
function releasingWhenDone(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
}

export function busyAware(route: string, options: Options, handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response>;
export function busyAware<C>(route: string, options: Options, handler: Handler<C>): Handler<C>;
export function busyAware<C>(route: string, options: Options, handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    let release: (() => void) | undefined;
    try {
      if (options.heavy) release = await enterGate(HEAVY_GATE, { signal: request.signal });
      const response = await whileClientWaits(request.signal, () => handler(request, context));
      if (!release || !response.body) return response;
      const body = releasingWhenDone(response.body, release);
      release = undefined;
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      const answer = overloadResponse(error, options.format, route);
      if (answer) return answer;
      throw error;
    } finally {
      release?.();
    }
  };
}
