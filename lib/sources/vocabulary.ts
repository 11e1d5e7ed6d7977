// The fixed vocabularies of a source record, with the labels the forms show.
// No server imports: client components use these too.
export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LABELS: Record<RiskLevel, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High", CRITICAL: "Critical" };

export const IDENTIFIER_TYPES = [
  "PERSON",
  "ALIAS",
  "LOCATION",
  "DATE",
  "AGE",
  "NATIONALITY",
  "ORGANIZATION",
  "ROLE",
  "CONTACT",
  "ID",
  "DESCRIPTION",
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];
export const IDENTIFIER_LABELS: Record<IdentifierType, string> = {
  PERSON: "Person",
  ALIAS: "Alias or kunya",
  LOCATION: "Place",
  DATE: "Date",
  AGE: "Age",
  NATIONALITY: "Nationality or origin",
  ORGANIZATION: "Unit or organisation",
  ROLE: "Role",
  CONTACT: "Contact (phone, email, handle)",
  ID: "Document number",
  DESCRIPTION: "Distinctive description",
};

export const CONSENT_SCOPES = ["VERBATIM", "PARAPHRASE", "VOICE", "IMAGE", "VIDEO"] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  VERBATIM: "Verbatim quotes",
  PARAPHRASE: "Paraphrase",
  VOICE: "Voice",
  IMAGE: "Image",
  VIDEO: "Video",
};

export const CONSENT_CHANNELS = ["SOCIAL", "WEB", "PRINT", "BROADCAST", "PARTNER_DOWNLOAD"] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const CONSENT_CHANNEL_LABELS: Record<ConsentChannel, string> = {
  SOCIAL: "Social media",
  WEB: "Web",
  PRINT: "Print",
  BROADCAST: "Broadcast",
  PARTNER_DOWNLOAD: "Partner download",
};
