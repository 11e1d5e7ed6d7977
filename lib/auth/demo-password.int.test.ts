// The embedded demo's password is printed in the README: it must sign nobody in from
// another machine, whichever account it belongs to.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { DEMO_PASSWORD_NOT_LOCAL } from "@/lib/auth/sign-in-errors";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { createUser, rid } from "@/tests/support/factories";

describe("the demo password", () => {
  it("signs in from this machine", async () => {
    const admin = await createUser("ADMIN", { password: DEMO_PASSWORD });
    expect(await authenticate({ email: admin.email, password: DEMO_PASSWORD }, rid(), { fromLoopback: true })).toMatchObject({ id: admin.id });
  });

  it("is refused from another machine, with its own message and an audit event, and signs nobody in", async () => {
    const admin = await createUser("ADMIN", { password: DEMO_PASSWORD });
    await expect(authenticate({ email: admin.email, password: DEMO_PASSWORD }, rid(), { fromLoopback: false })).rejects.toThrow(DEMO_PASSWORD_NOT_LOCAL);
    await expect(authenticate({ email: admin.email, password: DEMO_PASSWORD }, rid())).rejects.toThrow(DEMO_PASSWORD_NOT_LOCAL);
    expect(await db().userSession.count({ where: { userId: admin.id } })).toBe(0);
    const events = await db().auditEvent.findMany({ where: { action: "auth.sign-in-failed" } });
    // only the network part of the address, as for every failed sign-in
    expect(events.map((e) => e.details)).toEqual([
      { reason: "demo-password-not-local", from: "an unknown address" },
      { reason: "demo-password-not-local", from: "an unknown address" },
    ]);
  });

  it("does not stand in the way of other passwords from another machine", async () => {
    const editor = await createUser("EDITOR", { password: "a real passphrase of mine" });
    expect(await authenticate({ email: editor.email, password: "a real passphrase of mine" }, rid(), { fromLoopback: false })).toMatchObject({ id: editor.id });
  });
});
