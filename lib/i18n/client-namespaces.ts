// The catalogue namespaces client components translate with (useTranslations in a
// "use client" file). Only these travel to the browser with each page.
export const CLIENT_NAMESPACES = ["forms", "common", "auth", "account", "ui", "content", "campaigns", "themes", "search", "partners", "users", "admin", "takedowns", "sources", "testimony", "redaction", "disclosure", "portal", "jobs"] as const;
