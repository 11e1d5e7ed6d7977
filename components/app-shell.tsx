import type { Actor } from "@/lib/auth/policy";
import { navigationFor } from "@/lib/auth/navigation";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { DemoBanner } from "./demo-banner";

const ROLE_LABEL = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer", PARTNER: "Partner" } as const;

export function AppShell({ user, organisation, children }: { user: Actor; organisation?: string; children: React.ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-nav">
        <div className="brand">Countervoice</div>
        <nav aria-label="Main">
          <ul>
            {navigationFor(user).map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} label={item.label} />
              </li>
            ))}
          </ul>
        </nav>
        <div className="whoami">
          <div data-testid="current-user">{user.name}</div>
          <div>
            {ROLE_LABEL[user.role]}
            {organisation ? ` · ${organisation}` : ""}
          </div>
          <p>
            <a href="/account/two-factor">Sign-in security</a>
          </p>
          <p>
            <a href="/account/notices">Notice preferences</a>
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
