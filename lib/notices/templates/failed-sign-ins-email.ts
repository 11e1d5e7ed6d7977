// Told to the owner after repeated failed sign-ins: how many, when and from which network
// (as recorded: never more than a /24 or /48), with advice. Never a password or code tried.
import { SIGNATURE, type EmailText } from "./email-text";

export function failedSignInsEmail(input: { count: number; atLeast: boolean; lastAt: Date; lastFrom: string; resetLink: string; noticesLink: string }): EmailText {
  const count = `${input.atLeast ? "at least " : ""}${input.count}`;
  return {
    subject: "Failed sign-ins to your Countervoice account",
    text: [
      `There have been ${count} failed attempts to sign in to your Countervoice account since you last signed in.`,
      `The latest was at ${input.lastAt.toUTCString()}, from the network ${input.lastFrom}.`,
      "",
      "If this was you, there is nothing to do. If it was not:",
      "- Change your password if you use it anywhere else, or if you think someone may know it:",
      `  ${input.resetLink}`,
      "- Set up two-factor sign-in from your account page if you have not already.",
      "- Tell your Countervoice administrator.",
      "",
      "Sign-in attempts are slowed after repeated failures; your account is not locked.",
      `You can switch these notices off at ${input.noticesLink}`,
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
