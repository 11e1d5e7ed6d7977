import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { rid } from "@/tests/support/factories";

const hashed = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    hashPassword: (password: string) => {
      hashed.count++;
      return real.hashPassword(password);
    },
  };
});

const { acceptAccessLink } = await import("./accept-access-link");
const { createBootstrapAdmin } = await import("./create-bootstrap-admin");

const PASSWORD = "correct horse battery";
const accept = (token: string) => acceptAccessLink({ token, name: "First", password: PASSWORD, confirm: PASSWORD }, rid());

beforeEach(() => {
  hashed.count = 0;
});

describe("redeeming an access link", () => {
  it("refuses a made-up token without hashing the password", async () => {
    await expect(accept("x".repeat(43))).rejects.toThrow(/not valid/);
    expect(hashed.count).toBe(0);
  });

  it("refuses an expired or used link without hashing, and hashes once for a good one", async () => {
    const { token } = await createBootstrapAdmin({ email: "first@test.example", name: "First" }, rid());
    await db().accessLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(accept(token)).rejects.toThrow(/expired/);
    expect(hashed.count).toBe(0);
    await db().accessLink.updateMany({ data: { expiresAt: new Date(Date.now() + 3600_000) } });
    expect(await accept(token)).toEqual({ email: "first@test.example" });
    expect(hashed.count).toBe(1);
    await expect(accept(token)).rejects.toThrow(/not valid/);
    expect(hashed.count).toBe(1);
  });
});
