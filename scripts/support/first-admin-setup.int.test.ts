// `npm run setup` as a person at the terminal answers it, fed through a stream.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { createUser, rid } from "@/tests/support/factories";
import { SetupCancelled } from "./terminal-questions";
import { setUpFirstAdmin } from "./first-admin-setup";

const STRONG = "lantern orbit meadow quartz";

function terminal(answers: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let transcript = "";
  output.on("data", (chunk: Buffer) => (transcript += chunk.toString()));
  input.end(answers.map((a) => `${a}\n`).join(""));
  return { streams: { input, output }, transcript: () => transcript };
}

describe("first admin set-up at the terminal", () => {
  it("asks again after a bad email, a weak password and a mistyped confirmation, then creates an admin who can sign in", async () => {
    const t = terminal(["not an email", "Amira.Haddad@Example.org", "Amira Haddad", "countervoice-demo", "short", STRONG, "lantern orbit meadow quartx", STRONG, STRONG]);
    expect(await setUpFirstAdmin(t.streams, "http://localhost:3000/signin")).toBe("created");
    expect(t.transcript()).toContain("Enter a valid email address.");
    expect(t.transcript()).toContain("That is the demo's public password.");
    expect(t.transcript()).toContain("Use at least 12 characters.");
    expect(t.transcript()).toContain("The two passwords differ.");
    expect(t.transcript()).toContain("Admin amira.haddad@example.org created. Sign in at http://localhost:3000/signin");
    expect(t.transcript()).not.toContain(STRONG);
    const admin = await db().user.findUniqueOrThrow({ where: { email: "amira.haddad@example.org" } });
    expect(admin).toMatchObject({ role: "ADMIN", status: "ACTIVE", name: "Amira Haddad" });
    expect(await authenticate({ email: admin.email, password: STRONG }, rid(), { fromLoopback: false })).toMatchObject({ role: "ADMIN" });
    expect(await db().auditEvent.findFirst({ where: { action: "user.bootstrap-admin-created" } })).toMatchObject({ targetId: admin.id, details: { via: "setup" } });
  });

  it("asks nothing and creates nothing once an admin exists", async () => {
    await createUser("ADMIN");
    const t = terminal([]);
    expect(await setUpFirstAdmin(t.streams, "http://localhost:3000/signin")).toBe("admin-exists");
    expect(t.transcript()).toBe("");
    expect(await db().user.count()).toBe(1);
  });

  it("creates nothing when the answers stop half-way", async () => {
    const t = terminal(["amira@example.org", "Amira"]);
    await expect(setUpFirstAdmin(t.streams, "http://localhost:3000/signin")).rejects.toBeInstanceOf(SetupCancelled);
    expect(await db().user.count()).toBe(0);
  });
});
