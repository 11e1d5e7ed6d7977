// next-intl's request configuration (next.config.ts points here): the request's language,
// its catalogue, and times shown in UTC, as the audit trail records them.
import { getRequestConfig } from "next-intl/server";
import { log } from "@/lib/log";
import { catalogueFor } from "./catalogue";
import { requestRenderLocale } from "./request-locale";

export default getRequestConfig(async () => {
  const locale = await requestRenderLocale();
  return {
    locale,
    messages: catalogueFor(locale),
    timeZone: "UTC",
    // A missing key shows as itself (and fails the catalogue and pseudo-locale tests); the log
    // names the key, never the values, which can be user content.
    onError: (error) => log("warn", "i18n.message-error", { code: error.code }),
    getMessageFallback: ({ key, namespace }) => (namespace ? `${namespace}.${key}` : key),
  };
});
