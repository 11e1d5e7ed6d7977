import { describe, expect, it, vi } from "vitest";

// A client's header, if anything still read it.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "chosen-by-the-client-0001" }) }));

describe("request ids", () => {
  it("are made by the server, whatever x-request-id a client sends", async () => {
    const { requestId } = await import("./request-id");
    const [a, b] = [await requestId(), await requestId()];
    expect(a).not.toBe("chosen-by-the-client-0001");
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
  });
});
