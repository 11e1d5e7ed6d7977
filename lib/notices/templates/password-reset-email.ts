// The password reset email: the link and how long it works. Nothing about the account
// beyond what the recipient already knows (their own address).
import { SIGNATURE, type EmailText } from "./email-text";

export function passwordResetEmail(input: { link: string; validMinutes: number }): EmailText {
  return {
    subject: "Reset your Countervoice password",
    text: [
      "Someone (we hope you) asked to reset the password of the Countervoice account for this address.",
      "",
      `Choose a new password here; the link works once, for ${input.validMinutes} minutes:`,
      input.link,
      "",
      "If you use two-factor sign-in, you will also need a code from your authenticator app or a recovery code.",
      "",
      "If you did not ask for this, ignore this email: your password stays as it is. Nobody at Countervoice will ever ask you for this link.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
