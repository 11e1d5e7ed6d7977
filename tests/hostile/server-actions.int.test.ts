// Every server action, driven with hostile input derived from its own zod schema (fast-check):
// oversized, Unicode-tricky, injection, type-confused and prototype-polluting payloads, as a
// plain object and as the form a browser would post. Each call must end in a clear answer —
// accepted, or refused with a message that is not the generic "Something went wrong" (which
// means an unexpected exception) — and a refusal must leave every table as it was. Nothing may
// write onto Object.prototype. Each action runs as a person allowed to call it, with a fresh
// re-authentication, so the payload reaches the schema and the domain.
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/policy";
import type { CurrentSession } from "@/lib/auth/session-user";
import type { Permission } from "@/lib/auth/permissions";
import { inputSchemaOf, type ActionResult } from "@/lib/auth/authorized-action";
import { SERVER_ACTION_GUARDS } from "@/lib/auth/route-policy";
import { createContentItem, createSource, createTestimony, createUser } from "@/tests/support/factories";
import { asFormData, hostilePayloads, prototypePolluted, useKnownIds } from "./hostile-payloads";
import { changedTables, tableChecksums } from "./table-checksums";

let current: CurrentSession | null = null;
vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentSession: async () => current, getCurrentUser: async () => current?.actor ?? null }));
vi.mock("@/lib/request-id", () => ({ requestId: async () => "hostile-input" }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  headers: async () => new Headers({ host: "localhost:3000", "user-agent": "hostile-input-suite" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

const RUNS_PER_ACTION = 12;
const actors: { actor: Actor; sessionId: string }[] = [];

function sessionFor(guard: string): CurrentSession | null {
  if (guard === "public") return null;
  const signedIn = actors.find(({ actor }) => can(actor, guard as Permission));
  if (!signedIn) throw new Error(`no actor may ${guard}`);
  return { actor: signedIn.actor, sessionId: signedIn.sessionId, reauthAt: new Date(), hasSecondFactor: true };
}

/** A person of `role` with an open session row, as signing in makes it. */
async function signedIn(role: "ADMIN" | "EDITOR" | "REVIEWER" | "PARTNER") {
  const actor = await createUser(role);
  const now = new Date();
  const session = await db().userSession.create({ data: { userId: actor.id, lastSeenAt: now, expiresAt: new Date(now.getTime() + 3_600_000), secondFactor: true, reauthAt: now } });
  return { actor, sessionId: session.id };
}

type Action = (previous: null, input: FormData | Record<string, unknown>) => Promise<ActionResult>;

async function loadAction(key: string): Promise<Action> {
  const [file, name] = key.split("#") as [string, string];
  const exported = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, Action>;
  const action = exported[name];
  if (typeof action !== "function") throw new Error(`${key} is not exported`);
  return action;
}

/** What one call ended in; a thrown redirect or not-found is Next.js answering, not a crash. */
async function call(action: Action, input: FormData | Record<string, unknown>): Promise<{ kind: "accepted" } | { kind: "refused"; error: string } | { kind: "crashed"; error: string }> {
  try {
    const result = await action(null, input);
    return result.ok ? { kind: "accepted" } : { kind: "refused", error: result.error };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(digest)) return { kind: "accepted" };
    return { kind: "crashed", error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error) };
  }
}

// The integration setup empties every table before each test, so each test makes its world.
beforeEach(async () => {
  actors.length = 0;
  actors.push(await signedIn("ADMIN"), await signedIn("EDITOR"), await signedIn("REVIEWER"), await signedIn("PARTNER"));
  const editor = actors[1]!.actor;
  // Rows that exist, so ids in the payloads reach the domain rather than stopping at "not found".
  const source = await createSource({ editor, realName: "Karim Haddad" });
  const testimony = await createTestimony(editor, source.id, "My name is Karim Haddad and I left in 2016.");
  const item = await createContentItem({ createdBy: editor });
  useKnownIds([source.id, testimony.id, item.id, ...actors.map(({ actor }) => actor.id)]);
}, 120_000);

describe("every server action under hostile input", () => {
  it.each(Object.entries(SERVER_ACTION_GUARDS))("%s answers clearly and, when it refuses, changes nothing", async (key, guard) => {
    const action = await loadAction(key);
    const schema = inputSchemaOf(action);
    expect(schema, `${key} is not built with authorizedAction or publicAction`).toBeDefined();
    current = sessionFor(guard);
    await fc.assert(
      fc.asyncProperty(hostilePayloads(schema!), fc.boolean(), async (payload, asForm) => {
        const before = await tableChecksums();
        const outcome = await call(action, asForm ? asFormData(payload) : (payload as Record<string, unknown>));
        expect(outcome.kind, JSON.stringify(outcome)).not.toBe("crashed");
        if (outcome.kind === "refused") {
          expect(outcome.error).not.toMatch(/Something went wrong/);
          expect(changedTables(before, await tableChecksums()), `${key} refused (${outcome.error}) but wrote`).toEqual([]);
        }
        expect(prototypePolluted()).toBe(false);
      }),
      { numRuns: RUNS_PER_ACTION, endOnFailure: true },
    );
  }, 180_000);
});
