// The forwarding listener against a stand-in upstream on this machine.
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cameFromLoopback } from "@/lib/auth/loopback";
import { appendForwardedFor, startForwardingListener, type ForwardingListener } from "./forwarding-listener";

describe("appendForwardedFor", () => {
  it("adds the peer after whatever the client sent", () => {
    expect(appendForwardedFor(undefined, "203.0.113.7")).toBe("203.0.113.7");
    expect(appendForwardedFor("127.0.0.1", "203.0.113.7")).toBe("127.0.0.1, 203.0.113.7");
    expect(appendForwardedFor(["10.0.0.1", "127.0.0.1"], "::1")).toBe("10.0.0.1,127.0.0.1, ::1");
    expect(appendForwardedFor("", undefined)).toBe("unknown");
  });
});

/** An address of this machine that is not loopback, when it has one: connecting to it shows that address as the peer. */
const ownNetworkAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

describe("startForwardingListener", () => {
  let upstream: http.Server;
  let listener: ForwardingListener;
  let port = 0;
  const seen: http.IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    upstream = http.createServer((request, response) => {
      seen.push(request.headers);
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        response.setHeader("set-cookie", ["a=1", "b=2"]);
        response.end(`${request.method} ${request.url} ${body}`);
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const free = await new Promise<number>((resolve) => {
      const probe = http.createServer().listen(0, "0.0.0.0", () => {
        const { port: p } = probe.address() as AddressInfo;
        probe.close(() => resolve(p));
      });
    });
    port = free;
    listener = await startForwardingListener({ host: "0.0.0.0", port }, (upstream.address() as AddressInfo).port);
  });

  afterAll(async () => {
    await listener?.close();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it("forwards method, path, body and every response header, and appends the real peer", async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1/assets?page=2`, { method: "POST", body: "hello", headers: { "x-forwarded-for": "198.51.100.1" } });
    expect(await answer.text()).toBe("POST /api/v1/assets?page=2 hello");
    expect(answer.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(seen.at(-1)?.["x-forwarded-for"]).toBe("198.51.100.1, 127.0.0.1");
  });

  it.skipIf(!ownNetworkAddress)("marks a client on the network as remote even when it claims to be 127.0.0.1", async () => {
    await fetch(`http://${ownNetworkAddress}:${port}/`, { headers: { "x-forwarded-for": "127.0.0.1" } });
    const chain = seen.at(-1)?.["x-forwarded-for"];
    expect(chain).toBe(`127.0.0.1, ${ownNetworkAddress}`);
    expect(cameFromLoopback({ "x-forwarded-for": chain })).toBe(false);
  });
});
