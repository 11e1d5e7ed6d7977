import { afterEach, describe, expect, it } from "vitest";
import { reloadEnv } from "@/lib/env";
import { withLocale } from "@/lib/i18n/translate";
import { emailEnabled, emailOffNote, PARTNERS_NOT_EMAILED } from "@/lib/notices/email-settings";

const saved = { url: process.env.SMTP_URL, from: process.env.MAIL_FROM };

function setMail(url: string | undefined, from: string | undefined) {
  if (url === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = url;
  if (from === undefined) delete process.env.MAIL_FROM;
  else process.env.MAIL_FROM = from;
  reloadEnv();
}

describe("whether this server sends email", () => {
  afterEach(() => setMail(saved.url, saved.from));

  it("says what happened instead when SMTP_URL is unset, and nothing when it is set", () => {
    setMail(undefined, undefined);
    expect(emailEnabled()).toBe(false);
    expect(emailOffNote(PARTNERS_NOT_EMAILED)).toBe(
      " Email is not set up on this server (SMTP_URL): partners who downloaded its items were not emailed a take-down notice; they see it on their portal and at their webhook endpoint.",
    );
    // in the language of the person who acted
    expect(withLocale("fr", () => emailOffNote(PARTNERS_NOT_EMAILED))).toMatch(/^ L’e-mail n’est pas configuré sur ce serveur \(SMTP_URL\) : les partenaires/);
    setMail("smtp://127.0.0.1:2525", "Countervoice <notices@example.org>");
    expect(emailEnabled()).toBe(true);
    expect(emailOffNote(PARTNERS_NOT_EMAILED)).toBe("");
  });

  it("refuses SMTP_URL without MAIL_FROM at start-up, naming the variable and never the URL's password", () => {
    process.env.SMTP_URL = "smtps://notices:hunter2secret@mail.example.org:465";
    delete process.env.MAIL_FROM;
    expect(() => reloadEnv()).toThrow(/MAIL_FROM is required when SMTP_URL is set/);
    try {
      reloadEnv();
    } catch (error) {
      expect(String(error)).not.toContain("hunter2secret");
    }
  });
});
