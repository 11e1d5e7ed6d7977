// Every kind of email notice. Some a person may switch off in their profile; the rest
// (take-downs to partners, account recovery, invitations) always go.
export const NOTICE_KINDS = ["takedown", "review-request", "consent-digest", "invitation", "password-reset", "failed-sign-ins"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const OPTIONAL_NOTICE_KINDS = ["review-request", "consent-digest", "failed-sign-ins"] as const satisfies readonly NoticeKind[];
export type OptionalNoticeKind = (typeof OPTIONAL_NOTICE_KINDS)[number];

export function isOptionalNoticeKind(kind: string): kind is OptionalNoticeKind {
  return (OPTIONAL_NOTICE_KINDS as readonly string[]).includes(kind);
}
