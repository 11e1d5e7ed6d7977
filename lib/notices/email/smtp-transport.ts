// The one SMTP connection setting: SMTP_URL (nodemailer reads host, port, credentials and
// options such as ?requireTLS=true from it). Short timeouts: a dead mail server makes a
// message wait for its next try, never a request or the queue.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type MailTransport = Pick<Transporter, "sendMail">;

const state = globalThis as unknown as { countervoiceSmtp?: { url: string; transport: Transporter } };

export function smtpTransport(): MailTransport {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (state.countervoiceSmtp?.url !== url) {
    state.countervoiceSmtp = {
      url,
      transport: nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
    };
  }
  return state.countervoiceSmtp.transport;
}
