import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticePage } from "@/components/ui/notice-page";

export default async function Forbidden() {
  const t = await getTranslations("ui.notice");
  return <NoticePage title={t("forbiddenTitle")} message={t("forbiddenMessage")} action={<Link href="/">{t("goHome")}</Link>} />;
}
