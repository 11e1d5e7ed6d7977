import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findAccessLink } from "@/lib/users/accept-access-link";
import { AcceptInvitationForm } from "./accept-invitation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.invite"))("title"), referrer: "no-referrer" };
}

// Public: the one-time token in the URL is the authority.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([findAccessLink(token), getTranslations("auth.invite")]);
  return (
    <main className="centered">
      <h1>{t("heading")}</h1>
      {link.valid ? (
        <>
          <p>
            {t.rich("intro", {
              email: link.email,
              role: link.role,
              strong: (chunks) => (
                <strong>
                  <bdi>{chunks}</bdi>
                </strong>
              ),
            })}
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <p className="alert alert-error" role="alert">
            {t(link.problem)}
          </p>
          <p>
            <Link href="/signin">{t("goToSignIn")}</Link>
          </p>
        </>
      )}
    </main>
  );
}
