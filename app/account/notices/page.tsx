import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { emailEnabled } from "@/lib/notices/email-settings";
import { noticePreferencesOf } from "@/lib/notices/notice-preferences";
import { NoticePreferencesForm } from "./notice-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.notices"))("title") };
}

export default async function NoticePreferencesPage() {
  const user = await requirePermission("account:notices");
  const [preferences, t] = await Promise.all([noticePreferencesOf(user), getTranslations("account.notices")]);
  return (
    <>
      <h1>{t("title")}</h1>
      {emailEnabled() ? null : (
        <p className="alert" role="status">
          {t("emailOff")}
        </p>
      )}
      <p>{t.rich("intro", { email: user.email, bdi: (chunks) => <bdi>{chunks}</bdi> })}</p>
      <NoticePreferencesForm choices={preferences.map((p) => ({ ...p, label: t(`kinds.${p.kind}.label`), hint: t(`kinds.${p.kind}.hint`) }))} />
      {user.role === "PARTNER" ? <p data-testid="takedown-notices-always">{t("takedownsAlways")}</p> : null}
    </>
  );
}
