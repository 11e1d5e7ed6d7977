import { describe, expect, it } from "vitest";
import { listeningPlan } from "./listening-plan";

const base = { port: 3000, freeLocalPort: 41234 };

describe("listeningPlan", () => {
  it("keeps the embedded demo on 127.0.0.1 when HOST is unset", () => {
    expect(listeningPlan({ ...base, embedded: true, host: undefined })).toEqual({ next: { host: "127.0.0.1", port: 3000 } });
  });

  it.each(["localhost", "127.0.0.1", "::1"])("lets Next.js listen on HOST=%s itself: nothing beyond this machine reaches it", (host) => {
    expect(listeningPlan({ ...base, embedded: true, host })).toEqual({ next: { host, port: 3000 } });
  });

  it.each(["0.0.0.0", "::", "192.168.1.20", "demo.example.org"])(
    "puts the forwarding listener on HOST=%s and Next.js on a private port of 127.0.0.1",
    (host) => {
      expect(listeningPlan({ ...base, embedded: true, host })).toEqual({ next: { host: "127.0.0.1", port: 41234 }, forwarding: { host, port: 3000 } });
    },
  );

  it("leaves PostgreSQL deployments on every interface unless HOST narrows it", () => {
    expect(listeningPlan({ ...base, embedded: false, host: undefined })).toEqual({ next: { host: undefined, port: 3000 } });
    expect(listeningPlan({ ...base, embedded: false, host: "10.0.0.5" })).toEqual({ next: { host: "10.0.0.5", port: 3000 } });
  });
});
