// next-intl's server functions for a server component rendered in a test, outside Next.js:
// English, times in UTC, read from the same catalogues as the app.
//   vi.mock("next-intl/server", async () => (await import("@/tests/support/intl-in-tests")).nextIntlServerInEnglish());
import { createFormatter, createTranslator } from "use-intl/core";
import { catalogueFor } from "@/lib/i18n/catalogue";

export function nextIntlServerInEnglish() {
  const messages = catalogueFor("en");
  return {
    getTranslations: async (namespace?: string | { namespace?: string }) =>
      createTranslator({ locale: "en", messages, timeZone: "UTC", namespace: (typeof namespace === "string" ? namespace : namespace?.namespace) as never }),
    getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
    getLocale: async () => "en",
    getTimeZone: async () => "UTC",
    getMessages: async () => messages,
  };
}
