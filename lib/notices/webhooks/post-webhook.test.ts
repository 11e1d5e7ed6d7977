// The poster re-checks where a name leads at delivery and connects only to the address it
// checked: a DNS answer that turned inward after registration is refused without connecting.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "./post-webhook";

let hits = 0;
const server = createServer((_req, res) => {
  hits++;
  res.writeHead(200).end("x".repeat(100_000));
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("posting a webhook", () => {
  it("refuses a host whose name now resolves to a private address (DNS rebinding), without connecting", async () => {
    const before = hits;
    const outcome = await postWebhook(`https://hooks.partner.example:${port}/`, {}, "{}", { allowPrivate: false, resolve: async () => ["127.0.0.1"] });
    expect(outcome).toMatchObject({ statusCode: null, error: "address-refused" });
    expect(hits).toBe(before);
  });

  it("connects to the address it checked, not to a second lookup's answer, and reads only a few KB of the answer", async () => {
    let lookups = 0;
    const outcome = await postWebhook(`http://hooks.partner.example:${port}/`, {}, "{}", {
      allowPrivate: true,
      resolve: async () => {
        lookups++;
        return ["127.0.0.1"];
      },
    });
    expect(outcome).toMatchObject({ statusCode: 200, error: null });
    expect(lookups).toBe(1);
  });

  it("names a refused connection by its class", async () => {
    const outcome = await postWebhook("http://127.0.0.1:1/", {}, "{}", { allowPrivate: true });
    expect(outcome).toMatchObject({ statusCode: null, error: "connection-refused" });
  });

  it("gives up after the timeout", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const outcome = await postWebhook(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, {}, "{}", { allowPrivate: true, timeoutMs: 300 });
      expect(outcome).toMatchObject({ statusCode: null, error: "timeout" });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
