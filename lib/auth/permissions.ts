// Every action the app knows, and which roles hold it. The policy (policy.ts)
// answers from this table plus per-resource rules; nothing else decides.
import type { Role } from "@/lib/db/generated/enums";

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"] as const satisfies readonly Role[];

const STAFF: Role[] = ["ADMIN", "EDITOR", "REVIEWER"];

export const ROLE_GRANTS = {
  "workspace:view": STAFF,
  // One's own two-factor sign-in and re-authentication: everyone, and nothing else
  // while a required second factor is not yet set up (policy.ts).
  "account:security": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  // Which optional email notices one receives (lib/notices/notice-preferences.ts): everyone.
  "account:notices": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  // One's own interface language (lib/users/interface-language.ts): everyone.
  "account:language": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  "users:manage": ["ADMIN"],
  "partners:manage": ["ADMIN"],
  "audit:view": ["ADMIN"],
  // Downloading the filtered audit trail as CSV, and the chain head as a file.
  "audit:export": ["ADMIN"],
  // Checking the audit chain now, from the audit page.
  "audit:verify": ["ADMIN"],
  "portal:view": ["PARTNER"],
  // Code name, risk and state: everyone on staff. What identifies a source is decided per
  // source by its team (policy.ts): sources:reveal, testimony:view-raw and the edits below.
  "sources:view": ["ADMIN", "EDITOR", "REVIEWER"],
  "sources:edit": ["EDITOR"],
  // Real name, notes and dictionary: the source's team, or an admin during emergency access.
  "sources:reveal": ["ADMIN", "EDITOR", "REVIEWER"],
  // Adding and removing team members: the handling editor or an admin.
  "sources:manage-team": ["ADMIN", "EDITOR"],
  // An admin's one-hour, reasoned, audited access to what a source's team may read.
  "sources:emergency-access": ["ADMIN"],
  // The raw transcript and media: the team, an admin in emergency access, or the reviewer assigned to its redaction.
  "testimony:view-raw": ["ADMIN", "EDITOR", "REVIEWER"],
  "testimony:edit": ["EDITOR"],
  "redaction:edit": ["EDITOR"],
  "redaction:submit": ["EDITOR"],
  "redaction:review": ["REVIEWER"],
  "content:view": ["EDITOR", "REVIEWER"],
  "content:edit": ["EDITOR"],
  "content:review": ["REVIEWER"],
  "content:publish": ["EDITOR"],
  "content:retire": ["EDITOR", "REVIEWER"],
  "campaigns:view": ["EDITOR", "REVIEWER"],
  "campaigns:edit": ["EDITOR"],
  "themes:manage": ["EDITOR"],
  "search:use": ["EDITOR", "REVIEWER"],
  // Take-downs and which organisations have confirmed removal: editors chase them, admins too.
  "takedowns:view": ["ADMIN", "EDITOR"],
  // A partner confirms its organisation removed an item it was asked to take down.
  "takedowns:acknowledge": ["PARTNER"],
  // Sending the weekly consent digests at once rather than at the next hourly run.
  "notices:send-digests": ["ADMIN"],
  "portal:download": ["PARTNER"],
  "leaks:trace": ["ADMIN"],
  // Acknowledging the quasi-identifiers of an item above its sources' thresholds, before approving it.
  "disclosure:acknowledge": ["REVIEWER"],
  // Raising or lowering a source's disclosure budget, with a reason.
  "sources:set-budget": ["ADMIN"],
  // Crypto-shredding a source: its data key and everything derived from it (lib/sources/erase-source.ts).
  "sources:erase": ["ADMIN"],
  // Assigning reviewers to redactions and items already in review.
  "reviews:assign": ["ADMIN"],
  // Confirming another admin's invitation or promotion into a staff role.
  "users:confirm-staff-role": ["ADMIN"],
  // The email queue, its dead-letter list, and the demo's caught mail.
  "notices:manage": ["ADMIN"],
  // A background job's progress: the person who asked for it, or an admin (policy.ts).
  "jobs:view": ["ADMIN", "EDITOR", "REVIEWER", "PARTNER"],
  // The background jobs' dead-letter list, and retrying a dead job.
  "jobs:manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ROLE_GRANTS;

export const PERMISSIONS = Object.keys(ROLE_GRANTS) as Permission[];

export function roleHolds(role: Role, permission: Permission): boolean {
  return (ROLE_GRANTS[permission] as readonly Role[]).includes(role);
}
