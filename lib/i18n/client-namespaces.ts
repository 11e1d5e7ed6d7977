// The catalogue namespaces client components translate with (useTranslations in a
// "use client" file). Only these travel to the browser with each page.
export const CLIENT_NAMESPACES = ["forms", "common", "portal", "jobs"] as const;
