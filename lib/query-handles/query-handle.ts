// Free-text queries (search words, audit filters) stay off URLs: the form posts them, the
// server seals them in a row for 10 minutes and redirects to a URL that carries only the
// row's random id. Only the user who saved a query can read it back.
import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { open, seal } from "@/lib/crypto/aes-gcm";
import { keyProvider } from "@/lib/crypto/source-keys";

export const QUERY_HANDLE_MINUTES = 10;
export type QueryPurpose = "search" | "audit";

const KEY_LABEL = "countervoice query handles v1";
/** 128 random bits in base64url: what the URL carries. */
const HANDLE = /^[A-Za-z0-9_-]{22}$/;

const additionalData = (id: string, userId: string, purpose: QueryPurpose) => `query-handle:${id}:${userId}:${purpose}`;

export const isQueryHandle = (value: unknown): value is string => typeof value === "string" && HANDLE.test(value);

/** Seals `query` for `userId` and returns its handle; expired handles of everyone are removed on the way. */
export async function saveQuery(userId: string, purpose: QueryPurpose, query: unknown, now = new Date()): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  const provider = keyProvider();
  const sealed = seal(provider.derive(KEY_LABEL), Buffer.from(JSON.stringify(query), "utf8"), additionalData(id, userId, purpose));
  const expiresAt = new Date(now.getTime() + QUERY_HANDLE_MINUTES * 60_000);
  await db().$transaction([
    db().queryHandle.deleteMany({ where: { expiresAt: { lte: now } } }),
    db().queryHandle.create({ data: { id, userId, purpose, sealed: new Uint8Array(sealed), masterKeyId: provider.currentKeyId, expiresAt } }),
  ]);
  return id;
}

/**
 * The query behind a handle, or null when it is unknown, someone else's, expired, sealed
 * under a master key no longer configured, or no longer fits `schema`: the page then asks
 * for the query again.
 */
export async function loadQuery<S extends z.ZodType>(userId: string, purpose: QueryPurpose, handle: unknown, schema: S, now = new Date()): Promise<z.infer<S> | null> {
  if (!isQueryHandle(handle)) return null;
  const row = await db().queryHandle.findFirst({ where: { id: handle, userId, purpose, expiresAt: { gt: now } } });
  if (!row) return null;
  try {
    const plain = open(keyProvider().derive(KEY_LABEL, row.masterKeyId), row.sealed, additionalData(row.id, userId, purpose));
    const parsed = schema.safeParse(JSON.parse(plain.toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
