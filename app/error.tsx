"use client";
// What a page or a form shows when its server work failed. An overload (a full database pool,
// a statement past its time limit) says "busy, try again" and offers to; anything else is a
// generic message with the digest, which the server's log ties to the failure. Next.js sends
// this page only the digest, never the error's text.
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { BUSY_DIGEST } from "@/lib/db/overload/overload-errors";
import { NoticePage } from "@/components/ui/notice-page";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // the server's part of the page is fetched again, not only the browser's part redrawn
  const retry = () => startTransition(() => {
    router.refresh();
    reset();
  });
  const tryAgain = (
    <button type="button" onClick={retry}>
      Try again
    </button>
  );
  if (error.digest === BUSY_DIGEST) {
    return <NoticePage title="Busy, try again" message="Countervoice has more requests than it can answer right now. Wait a few seconds, then try again." action={tryAgain} />;
  }
  return <NoticePage title="Something went wrong" message={`This page could not be shown.${error.digest ? ` Reference: ${error.digest}.` : ""}`} action={tryAgain} />;
}
