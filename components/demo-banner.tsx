// On every staff and partner page, and the sign-in page, of the embedded database: it holds
// invented data and lacks what protects real testimony (a separate app role, TLS, backups
// kept apart), so nobody should mistake it for a deployment. Not dismissible, on purpose.
import { getTranslations } from "next-intl/server";
import { databaseMode, demoMode } from "@/lib/env";

export async function DemoBanner() {
  if (databaseMode() !== "pglite") return null;
  const t = await getTranslations("common");
  return (
    <p className="demo-banner" data-testid="demo-banner">
      {demoMode() ? t("demoBanner") : t("embeddedBanner")}
    </p>
  );
}
