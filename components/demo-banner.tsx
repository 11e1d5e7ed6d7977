// On every staff and partner page, and the sign-in page, of the embedded database: it holds
// invented data and lacks what protects real testimony (a separate app role, TLS, backups
// kept apart), so nobody should mistake it for a deployment. Not dismissible, on purpose.
import { databaseMode, demoMode } from "@/lib/env";

export function DemoBanner() {
  if (databaseMode() !== "pglite") return null;
  return (
    <p className="demo-banner" data-testid="demo-banner">
      {demoMode() ? "Demo data — not for real testimony" : "Embedded evaluation database — not for real testimony"}
    </p>
  );
}
