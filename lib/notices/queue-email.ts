// Queues an email in the caller's transaction, so the notice exists exactly when the change
// it tells of does; the sender (send-queued-emails.ts) takes it from there with retries.
// The template decides what the message says: nothing that identifies a source, no testimony.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { sealEmailContent, type EmailContent } from "./email-content-box";
import { isOptionalNoticeKind, type NoticeKind } from "./notice-kinds";
import { emailEnabled } from "./email-settings";

export type QueuedEmail = {
  kind: NoticeKind;
  to: string;
  subject: string;
  content: EmailContent;
  // The recipient's account, when they have one: their opt-outs apply to optional kinds.
  userId?: string;
  partnerOrgId?: string;
};

/** "email-off": this server sends no email (the caller says so); "opted-out": the recipient switched this kind off. */
export type QueueEmailResult = "queued" | "email-off" | "opted-out";

/** Queues the message; call kickNotices() once the transaction has committed. */
export async function queueEmail(client: Db | Tx, email: QueuedEmail): Promise<QueueEmailResult> {
  if (!emailEnabled()) return "email-off";
  if (email.userId && isOptionalNoticeKind(email.kind)) {
    const user = await client.user.findUnique({ where: { id: email.userId }, select: { emailOptOuts: true } });
    if (user?.emailOptOuts.includes(email.kind)) return "opted-out";
  }
  const id = randomUUID();
  await client.outboundEmail.create({
    data: {
      id,
      kind: email.kind,
      toAddress: email.to,
      userId: email.userId ?? null,
      partnerOrgId: email.partnerOrgId ?? null,
      subject: email.subject,
      contentEnc: sealEmailContent(id, email.content),
    },
  });
  return "queued";
}
