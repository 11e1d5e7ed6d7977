import { describe, expect, it } from "vitest";
import { RequestAbandoned, ServerBusy } from "@/lib/db/overload/overload-errors";
import { enterGate, gateUse } from "./admission-gate";

describe("enterGate", () => {
  it("lets the allowed number in at once and queues the next in order", async () => {
    const first = await enterGate("order", { atOnce: 1, waitMs: 60_000 });
    const order: string[] = [];
    const second = enterGate("order", { atOnce: 1, waitMs: 60_000 }).then((leave) => (order.push("second"), leave));
    const third = enterGate("order", { atOnce: 1, waitMs: 60_000 }).then((leave) => (order.push("third"), leave));
    expect(gateUse("order")).toEqual({ running: 1, waiting: 2 });
    first();
    (await second)();
    (await third)();
    expect(order).toEqual(["second", "third"]);
    expect(gateUse("order")).toEqual({ running: 0, waiting: 0 });
  });

  it("turns a request away as busy when its wait runs out, and forgets it", async () => {
    const leave = await enterGate("full", { atOnce: 1, waitMs: 60_000 });
    await expect(enterGate("full", { atOnce: 1, waitMs: 10 })).rejects.toBeInstanceOf(ServerBusy);
    expect(gateUse("full")).toEqual({ running: 1, waiting: 0 });
    leave();
    leave(); // giving a place back twice frees it once
    expect(gateUse("full")).toEqual({ running: 0, waiting: 0 });
  });

  it("drops a waiting request whose client went away", async () => {
    const leave = await enterGate("abandon", { atOnce: 1, waitMs: 60_000 });
    const controller = new AbortController();
    const waiting = enterGate("abandon", { atOnce: 1, waitMs: 60_000, signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(RequestAbandoned);
    expect(gateUse("abandon")).toEqual({ running: 1, waiting: 0 });
    leave();
  });
});
