import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { emailEnabled, EMAIL_OFF_MESSAGE } from "@/lib/notices/email-settings";
import { NOTICE_LABELS, noticePreferencesOf } from "@/lib/notices/notice-preferences";
import { NoticePreferencesForm } from "./notice-preferences-form";

export const metadata: Metadata = { title: "Notice preferences" };

export default async function NoticePreferencesPage() {
  const user = await requirePermission("account:notices");
  const preferences = await noticePreferencesOf(user);
  return (
    <>
      <h1>Notice preferences</h1>
      {emailEnabled() ? null : (
        <p className="alert" role="status">
          {EMAIL_OFF_MESSAGE} Your choices below apply once it is.
        </p>
      )}
      <p>Choose which notices you receive at {user.email}. Invitations and password reset links are always sent.</p>
      <NoticePreferencesForm choices={preferences.map((p) => ({ ...p, ...NOTICE_LABELS[p.kind] }))} />
      {user.role === "PARTNER" ? (
        <p data-testid="takedown-notices-always">
          Take-down notices to your organisation (when material it downloaded must be removed) always go to its contact addresses and cannot be switched off.
        </p>
      ) : null}
    </>
  );
}
