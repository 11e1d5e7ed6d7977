// Clean leak verdicts remembered under the identifier index's token
// (lib/leak-guard/index-generation.ts): any change to any source's dictionary or real name
// replaces the token and forgets every verdict. Only clean verdicts are kept; a hit is always
// found afresh. Per process, so a deploy that changes the matching rules starts with nothing.
import "server-only";
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { identifierIndexToken } from "./index-generation";

export type CleanVerdicts = {
  /** Reads the token (before any check, so a verdict is never filed under a newer one) and what is known clean under it. */
  under(client: Db | Tx): Promise<{ isClean(text: string): boolean; markClean(text: string): void } | null>;
  forget(): void;
};

const keyOf = (text: string) => createHash("sha256").update(text).digest("base64url");

export function cleanVerdicts(limit: number): CleanVerdicts {
  let remembered: { token: string | null; clean: Set<string> } = { token: null, clean: new Set() };
  return {
    async under(client) {
      const token = await identifierIndexToken(client);
      if (token === null) return null;
      if (remembered.token !== token) remembered = { token, clean: new Set() };
      const { clean } = remembered;
      return {
        isClean: (text) => clean.has(keyOf(text)),
        markClean: (text) => {
          if (clean.size >= limit) clean.clear();
          clean.add(keyOf(text));
        },
      };
    },
    forget() {
      remembered = { token: null, clean: new Set() };
    },
  };
}
