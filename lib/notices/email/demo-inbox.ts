// The embedded demo's caught mail, for an admin (MAIL_CATCHER_DIR is set by the launcher only
// when it runs the catcher). A deployment with a real mail server has no inbox here.
import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { readCaughtMail, readCaughtMailFile } from "./caught-mail";

export function demoInboxDir(): string | null {
  return env().MAIL_CATCHER_DIR ?? null;
}

export async function listDemoInbox(actor: Actor, limit = 100) {
  assertCan(actor, "notices:manage");
  const dir = demoInboxDir();
  return dir ? readCaughtMail(dir, limit) : null;
}

/** One caught message; reading one is recorded, since a reset link in it opens an account. */
export async function readDemoMail(actor: Actor, name: string, requestId: string) {
  assertCan(actor, "notices:manage");
  const dir = demoInboxDir();
  const mail = dir ? await readCaughtMailFile(dir, name) : null;
  if (mail) await recordAuditEvent(db(), { actor, action: "email.demo-mail-read", requestId, details: { name } });
  return mail;
}
