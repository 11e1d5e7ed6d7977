// A queued email's content at rest: sealed by the master key provider with the message's id
// as additional data, since an invitation or reset link inside it is a way into an account.
// Opening tries every configured master key, so a rotation in progress reads both.
import "server-only";
import { keyProvider } from "@/lib/crypto/source-keys";

export type EmailContent = { text: string; html?: string };

export const emailContentContext = (emailId: string) => `email:${emailId}`;

export function sealEmailContent(emailId: string, content: EmailContent): Uint8Array<ArrayBuffer> {
  return keyProvider().wrap(Buffer.from(JSON.stringify(content), "utf8"), emailContentContext(emailId)).wrappedKey;
}

export function openEmailContent(emailId: string, sealed: Uint8Array): EmailContent {
  return JSON.parse(keyProvider().unwrap(sealed, null, emailContentContext(emailId)).toString("utf8")) as EmailContent;
}
