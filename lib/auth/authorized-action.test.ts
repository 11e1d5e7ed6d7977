// The re-authentication gate of server actions: with `{ reauth: true }` the handler
// runs only for a session that proved itself within the last 10 minutes.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentSession } from "./session-user";

let current: CurrentSession | null = null;
vi.mock("./current-user", () => ({ getCurrentSession: async () => current }));
vi.mock("@/lib/request-id", () => ({ requestId: async () => "request-1" }));

const { authorizedAction } = await import("./authorized-action");
const { ReauthRequired } = await import("./recent-reauth");

const session = (reauthMinutesAgo: number | null): CurrentSession => ({
  actor: { id: "a1", email: "a@x.test", name: "A", role: "ADMIN", partnerOrgId: null },
  sessionId: "s1",
  reauthAt: reauthMinutesAgo === null ? null : new Date(Date.now() - reauthMinutesAgo * 60_000),
  hasSecondFactor: true,
});

describe("authorizedAction with re-authentication", () => {
  const handler = vi.fn(async () => ({ ok: true as const }));
  const action = authorizedAction("users:manage", z.object({}), handler, { reauth: true });
  beforeEach(() => handler.mockClear());

  it("runs the handler for a session re-authenticated a minute ago", async () => {
    current = session(1);
    expect(await action(null, {})).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledOnce();
  });

  it.each([[11], [null]])("refuses a session re-authenticated %s minutes ago, and says how to confirm", async (minutes) => {
    current = session(minutes);
    expect(await action(null, {})).toMatchObject({ ok: false, reauthRequired: true });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns a ReauthRequired thrown by the domain into the same answer", async () => {
    current = session(1);
    const throwing = authorizedAction("users:manage", z.object({}), async () => {
      throw new ReauthRequired();
    });
    expect(await throwing(null, {})).toMatchObject({ ok: false, reauthRequired: true });
  });

  it("lets a person who must still set up a second factor do nothing but their account's security", async () => {
    current = { ...session(1), actor: { ...session(1).actor, mustEnrolSecondFactor: true } };
    expect(await action(null, {})).toMatchObject({ ok: false, error: "You are not allowed to do that." });
    const own = authorizedAction("account:security", z.object({}), handler);
    expect(await own(null, {})).toEqual({ ok: true });
  });
});
