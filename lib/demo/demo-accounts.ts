// The embedded demo's accounts. Fictional people; never created outside the demo.
export const DEMO_PASSWORD = "countervoice-demo";
export const DEMO_PARTNER_ORG = "Demo Partner";
/** The demo partner API token: public like the password, so accepted only from this machine. */
export const DEMO_PARTNER_TOKEN = "cvp_demo_partner_token";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.test", name: "Ada Admin", role: "ADMIN" },
  // A second admin: every invitation or promotion into a staff role needs one to confirm it.
  { email: "admin2@demo.test", name: "Aziz Admin", role: "ADMIN" },
  { email: "editor@demo.test", name: "Elif Editor", role: "EDITOR" },
  // On no source's team: sees code names, risks and states, and is refused what identifies a source.
  { email: "editor2@demo.test", name: "Emre Editor", role: "EDITOR" },
  { email: "reviewer@demo.test", name: "Rami Reviewer", role: "REVIEWER" },
  { email: "reviewer2@demo.test", name: "Rosa Reviewer", role: "REVIEWER" },
  { email: "partner@demo.test", name: "Pavel Partner", role: "PARTNER" },
] as const;
