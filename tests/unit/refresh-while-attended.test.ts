import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ATTENDED_FOR_MS, refreshWhileAttended } from "@/components/leak-guard/refresh-while-attended";

class FakeWindow {
  private listeners = new Map<string, Set<() => void>>();
  addEventListener(name: string, listener: () => void) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name)!.add(listener);
  }
  removeEventListener(name: string, listener: () => void) {
    this.listeners.get(name)?.delete(listener);
  }
  fire(name: string) {
    for (const listener of this.listeners.get(name) ?? []) listener();
  }
  count() {
    return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
  }
}

describe("refreshing a progress display only while someone is there", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function start(visible = () => true) {
    const target = new FakeWindow();
    const refresh = vi.fn();
    const paused: boolean[] = [];
    const stop = refreshWhileAttended({
      refresh,
      intervalMs: 1_000,
      onPausedChange: (p) => paused.push(p),
      now: () => Date.now(),
      target: target as unknown as Window,
      isVisible: visible,
    });
    return { target, refresh, paused, stop };
  }

  it("refreshes on each interval while the person was active recently", () => {
    const { refresh } = start();
    vi.advanceTimersByTime(10_000);
    expect(refresh).toHaveBeenCalledTimes(10);
  });

  it("stops refreshing after the attended window, so an unattended tab lets the session idle out", () => {
    const { refresh, paused } = start();
    vi.advanceTimersByTime(ATTENDED_FOR_MS + 60_000);
    const calls = refresh.mock.calls.length;
    expect(calls).toBeLessThanOrEqual(ATTENDED_FOR_MS / 1_000);
    vi.advanceTimersByTime(60 * 60_000);
    expect(refresh.mock.calls.length).toBe(calls);
    expect(paused).toEqual([true]);
  });

  it("resumes at once when the person comes back", () => {
    const { target, refresh, paused } = start();
    vi.advanceTimersByTime(ATTENDED_FOR_MS + 5_000);
    const calls = refresh.mock.calls.length;
    target.fire("keydown");
    expect(refresh.mock.calls.length).toBe(calls + 1);
    expect(paused).toEqual([true, false]);
    vi.advanceTimersByTime(3_000);
    expect(refresh.mock.calls.length).toBe(calls + 4);
  });

  it("does not refresh a hidden tab", () => {
    const { refresh } = start(() => false);
    vi.advanceTimersByTime(10_000);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("removes its timer and listeners when the display goes", () => {
    const { target, refresh, stop } = start();
    expect(target.count()).toBeGreaterThan(0);
    stop();
    expect(target.count()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(refresh).not.toHaveBeenCalled();
  });
});
