// Writes one audit event. Callers pass identifiers of records (ids, codes) and
// outcomes, never passwords, testimony or a source's identifiers.
// The database appends it to the hash chain (sequence, previous hash, hash) in the
// caller's transaction when given one: see migration 20261129200300_audit_hash_chain.
import type { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";

export type AuditInput = {
  actor: { id: string; email: string } | null;
  action: AuditAction;
  target?: { type: string; id: string };
  requestId: string;
  details?: Prisma.InputJsonObject;
};

export type AuditAction =
  | "auth.sign-in"
  | "auth.sign-in-failed"
  | "auth.sign-in-throttled"
  | "auth.sign-out"
  | "auth.second-factor-failed"
  | "auth.recovery-code-used"
  | "auth.session-expired"
  | "auth.reauthenticated"
  | "auth.reauth-failed"
  | "auth.password-reset-requested"
  | "auth.password-reset-link-sent"
  | "auth.password-reset"
  | "auth.failed-sign-ins-notice-sent"
  | "account.notice-preferences-changed"
  | "account.language-changed"
  | "two-factor.enrolment-started"
  | "two-factor.enrolled"
  | "two-factor.enrolment-failed"
  | "two-factor.reset"
  | "two-factor.reset-by-admin"
  | "two-factor.recovery-codes-regenerated"
  | "user.invited"
  | "user.invitation-accepted"
  | "user.invitation-revoked"
  | "user.role-changed"
  | "user.disabled"
  | "user.enabled"
  | "user.bootstrap-admin-created"
  | "partner.created"
  | "partner.renamed"
  | "partner.deactivated"
  | "partner.reactivated"
  | "partner.language-changed"
  | "partner.webhook-registered"
  | "partner.webhook-changed"
  | "partner.webhook-removed"
  | "partner.webhook-secret-rotated"
  | "partner.contacts-changed"
  | "webhook.retried"
  | "webhook.test-queued"
  | "source.created"
  | "source.updated"
  | "source.identifiers-viewed"
  | "source.dictionary-changed"
  | "source.budget-changed"
  | "source.team-member-added"
  | "source.team-member-removed"
  | "source.emergency-access-opened"
  | "source.access-refused"
  | "review.assigned"
  | "user.staff-role-requested"
  | "user.staff-role-confirmed"
  | "user.staff-role-rejected"
  | "consent.updated"
  | "testimony.created"
  | "testimony.raw-viewed"
  | "testimony.media-viewed"
  | "redaction.saved"
  | "redaction.submitted"
  | "redaction.approved"
  | "redaction.changes-requested"
  | "redaction.reopened"
  | "redaction.risk-dismissed"
  | "content.created"
  | "content.saved"
  | "content.submitted"
  | "content.approved"
  | "content.changes-requested"
  | "content.published"
  | "content.retired"
  | "content.restored"
  | "content.commented"
  | "content.quote-inserted"
  | "content.suspended"
  | "content.reopened"
  | "content.suspension-lifted"
  | "delivery.blocked-identifier"
  | "leak-guard.recheck-requested"
  | "leak-guard.recheck-finished"
  | "background-job.retried"
  | "content.attachment-added"
  | "content.attachment-removed"
  | "disclosure.acknowledged"
  | "campaign.created"
  | "campaign.updated"
  | "campaign.item-added"
  | "campaign.item-removed"
  | "campaign.shared"
  | "campaign.unshared"
  | "campaign.suspended"
  | "campaign.suspension-lifted"
  | "theme.created"
  | "theme.renamed"
  | "theme.archived"
  | "delivery.downloaded"
  | "delivery.refused"
  | "leak.traced"
  | "partner-token.created"
  | "partner-token.revoked"
  | "partner-api.rate-limited"
  | "portal.rate-limited"
  | "keys.rotation-started"
  | "keys.rotation-finished"
  | "source.erased"
  | "backup.created"
  | "backup.restored"
  | "audit.exported"
  | "audit.head-exported"
  | "audit.chain-verified"
  | "takedown.acknowledged"
  | "takedown.reminded"
  | "notices.consent-digests-sent"
  | "email.retried"
  | "email.demo-mail-read";

export async function recordAuditEvent(client: Db | Tx, input: AuditInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      requestId: input.requestId,
      details: input.details ?? undefined,
    },
  });
}
