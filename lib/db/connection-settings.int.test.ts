// What the app's own connections to PostgreSQL are set to, read back from the server.
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";

it("compiles no query to machine code (JIT off): the app's queries are too short to repay it", async () => {
  const [row] = await db().$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS "jit"`;
  expect(row?.jit).toBe("off");
});
