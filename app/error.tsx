"use client";
// What a page or a form shows when its server work failed. An overload (a full database pool,
// a statement past its time limit) says "busy, try again" and offers to; anything else is a
// generic message with the digest, which the server's log ties to the failure. Next.js sends
// this page only the digest, never the error's text.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition } from "react";
import { BUSY_DIGEST } from "@/lib/db/overload/overload-errors";
import { NoticePage } from "@/components/ui/notice-page";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ui.notice");
  const router = useRouter();
  // the server's part of the page is fetched again, not only the browser's part redrawn
  const retry = () => startTransition(() => {
    router.refresh();
    reset();
  });
  const tryAgain = (
    <button type="button" onClick={retry}>
      {t("tryAgain")}
    </button>
  );
  if (error.digest === BUSY_DIGEST) {
    return <NoticePage title={t("busyTitle")} message={t("busyMessage")} action={tryAgain} />;
  }
  return <NoticePage title={t("errorTitle")} message={error.digest ? t("errorReference", { reference: error.digest }) : t("errorMessage")} action={tryAgain} />;
}
