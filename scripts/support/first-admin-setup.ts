// Asks for the first admin at the terminal (email, name, a password that is not easy to
// guess, twice) and creates them with that password. Used by `npm run setup` and by the
// first `npm start` without demo data. Refuses, and changes nothing, once an admin exists.
import { validationMessage } from "@/lib/i18n/validation-messages";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/weak-password-reason";
import { isDomainError } from "@/lib/errors";
import { BootstrapAdminInput } from "@/lib/users/schemas";
import { createBootstrapAdminWithPassword, hasActiveAdmin } from "@/lib/users/create-bootstrap-admin";
import { TerminalQuestions, type TerminalStreams } from "./terminal-questions";

export type FirstAdminOutcome = "created" | "admin-exists";

async function askEmail(terminal: TerminalQuestions): Promise<string> {
  for (;;) {
    const parsed = BootstrapAdminInput.shape.email.safeParse(await terminal.ask("Email address of the first admin: "));
    if (parsed.success) return parsed.data;
    terminal.say(validationMessage(parsed.error.issues[0]?.message ?? "users.errors.invalidEmail"));
  }
}

async function askPassword(terminal: TerminalQuestions, about: { email: string; name: string }): Promise<string> {
  for (;;) {
    const password = await terminal.askHidden("Password (at least 12 characters; not shown as you type): ");
    const weakness = weakPasswordReason(password, about);
    if (weakness) {
      terminal.say(weakness);
      continue;
    }
    if ((await terminal.askHidden("The same password again: ")) === password) return password;
    terminal.say("The two passwords differ. Once more.");
  }
}

export async function setUpFirstAdmin(streams: TerminalStreams, signInUrl: string): Promise<FirstAdminOutcome> {
  if (await hasActiveAdmin()) return "admin-exists";
  const terminal = new TerminalQuestions(streams);
  try {
    terminal.say("No admin account exists yet. Create the first one (Ctrl-C to stop):");
    for (;;) {
      const email = await askEmail(terminal);
      const name = (await terminal.ask("Full name: ")).trim() || undefined;
      const input = BootstrapAdminInput.parse({ email, name });
      const password = await askPassword(terminal, input);
      try {
        await createBootstrapAdminWithPassword(input, await hashPassword(password), randomUUID());
      } catch (error) {
        if (!isDomainError(error)) throw error;
        terminal.say((error as Error).message);
        continue;
      }
      terminal.say(`Admin ${input.email} created. Sign in at ${signInUrl}; you will set up an authenticator app at first sign-in.`);
      terminal.say("Invite everyone else from People (a second admin confirms each staff role: npm run admin:create adds one).");
      return "created";
    }
  } finally {
    terminal.close();
  }
}
