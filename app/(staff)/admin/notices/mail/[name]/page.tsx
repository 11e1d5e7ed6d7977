import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { readDemoMail } from "@/lib/notices/email/demo-inbox";
import { requestId } from "@/lib/request-id";

export const metadata: Metadata = { title: "Demo email" };

export default async function DemoMailPage({ params }: { params: Promise<{ name: string }> }) {
  const admin = await requirePermission("notices:manage");
  const mail = await readDemoMail(admin, (await params).name, await requestId());
  if (!mail) notFound();
  return (
    <>
      <p>
        <Link href="/admin/notices">← Email notices</Link>
      </p>
      <h1 dir="auto">{mail.subject || "(no subject)"}</h1>
      <dl className="facts">
        <dt>From</dt>
        <dd>{mail.from}</dd>
        <dt>To</dt>
        <dd>{mail.to}</dd>
        <dt>Received</dt>
        <dd>{mail.date.toISOString().replace("T", " ").slice(0, 19)} UTC</dd>
      </dl>
      {/* Shown as text only: a message's HTML is never rendered here. */}
      <pre className="mail-text" dir="auto" data-testid="mail-text">
        {mail.text}
      </pre>
    </>
  );
}
