// A real SMTP server for integration tests (nodemailer's smtp-server on a loopback port):
// keeps every accepted message parsed, and can refuse the next messages with a reply code
// the test picks, as a mail server that is down or overloaded would.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpTestServer = {
  url: string;
  received: ParsedMail[];
  /** The next `times` messages get this SMTP reply code (e.g. 451 busy, 550 no such mailbox). */
  refuseNext(times: number, responseCode: number): void;
  /** How many DATA commands were refused so far. */
  refused(): number;
  stop(): Promise<void>;
};

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ParsedMail[] = [];
  let toRefuse = 0;
  let refuseCode = 451;
  let refusedCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (toRefuse > 0) {
          toRefuse--;
          refusedCount++;
          const error = Object.assign(new Error(refuseCode >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: refuseCode });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(times, responseCode) {
      toRefuse = times;
      refuseCode = responseCode;
    },
    refused: () => refusedCount,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a test file: a real SMTP server for its tests, and SMTP_URL/MAIL_FROM pointing at it
 * (so emailEnabled() holds and queueEmail queues); both undone after the file.
 */
export function smtpTestServerForFile(hooks: { beforeAll(fn: () => Promise<void>): void; afterAll(fn: () => Promise<void>): void }): () => SmtpTestServer {
  let server: SmtpTestServer | undefined;
  hooks.beforeAll(async () => {
    server = await startSmtpTestServer();
    process.env.SMTP_URL = server.url;
    process.env.MAIL_FROM = "Countervoice <notices@countervoice.test>";
    (await import("@/lib/env")).reloadEnv();
  });
  hooks.afterAll(async () => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    (await import("@/lib/env")).reloadEnv();
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error("the SMTP test server starts in beforeAll");
    return server;
  };
}
