"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { reauthPathFor } from "@/lib/auth/recent-reauth";

/** Sends the person to confirm it's them, and back to this page afterwards. */
export function ReauthLink() {
  const t = useTranslations("ui");
  const pathname = usePathname();
  return <Link href={reauthPathFor(pathname ?? "/")}>{t("confirmItsYou")}</Link>;
}
