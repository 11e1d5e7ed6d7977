import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { readDemoMail } from "@/lib/notices/email/demo-inbox";
import { requestId } from "@/lib/request-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.notices.mail"))("title") };
}

export default async function DemoMailPage({ params }: { params: Promise<{ name: string }> }) {
  const admin = await requirePermission("notices:manage");
  const mail = await readDemoMail(admin, (await params).name, await requestId());
  if (!mail) notFound();
  const t = await getTranslations("admin.notices");
  return (
    <>
      <p>
        <Link href="/admin/notices">{t("mail.back")}</Link>
      </p>
      <h1 dir="auto">{mail.subject || t("noSubject")}</h1>
      <dl className="facts">
        <dt>{t("mail.from")}</dt>
        <dd>
          <bdi>{mail.from}</bdi>
        </dd>
        <dt>{t("mail.to")}</dt>
        <dd>
          <bdi>{mail.to}</bdi>
        </dd>
        <dt>{t("mail.received")}</dt>
        <dd>{mail.date.toISOString().replace("T", " ").slice(0, 19)} UTC</dd>
      </dl>
      {/* Shown as text only: a message's HTML is never rendered here. */}
      <pre className="mail-text" dir="auto" data-testid="mail-text">
        {mail.text}
      </pre>
    </>
  );
}
