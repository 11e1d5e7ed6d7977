import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticePage } from "@/components/ui/notice-page";

export default async function NotFound() {
  const t = await getTranslations("ui.notice");
  return <NoticePage title={t("notFoundTitle")} message={t("notFoundMessage")} action={<Link href="/">{t("goHome")}</Link>} />;
}
