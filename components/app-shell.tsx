import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/policy";
import { navigationFor } from "@/lib/auth/navigation";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { DemoBanner } from "./demo-banner";

export async function AppShell({ user, organisation, children }: { user: Actor; organisation?: string; children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="shell-nav">
        <div className="brand">Countervoice</div>
        <nav aria-label={t("mainNavigation")}>
          <ul>
            {navigationFor(user).map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} label={t(`nav.${item.label}`)} />
              </li>
            ))}
          </ul>
        </nav>
        <div className="whoami">
          <div data-testid="current-user">
            <bdi>{user.name}</bdi>
          </div>
          <div>
            {t(`roles.${user.role}`)}
            {organisation ? (
              <>
                {" · "}
                <bdi>{organisation}</bdi>
              </>
            ) : null}
          </div>
          <p>
            <a href="/account/two-factor">{t("account.security")}</a>
          </p>
          <p>
            <a href="/account/notices">{t("account.notices")}</a>
          </p>
          <p>
            <a href="/account/language">{t("account.language")}</a>
          </p>
          <p>
            <SignOutButton />
          </p>
        </div>
      </header>
      <main id="main" className="shell-main">
        <DemoBanner />
        {children}
      </main>
    </div>
  );
}
