// One person, one account: two addresses that deliver to the same mailbox are one person.
// Pure, so the rule can be tested on its own.

/** Lower case, without a "+tag"; Gmail also ignores dots and has two domains. */
export function canonicalEmail(email: string): string {
  const [local = "", domain = ""] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  const untagged = local.split("+")[0]!;
  const gmail = domain === "gmail.com" || domain === "googlemail.com";
  return `${gmail ? untagged.replaceAll(".", "") : untagged}@${gmail ? "gmail.com" : domain}`;
}

export function sameMailbox(a: string, b: string): boolean {
  return canonicalEmail(a) === canonicalEmail(b);
}
