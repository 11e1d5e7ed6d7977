import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listSources } from "@/lib/sources/list-sources";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { RiskBadge } from "@/components/ui/risk-badge";
import { ConsentBadge } from "@/components/ui/consent-badge";
import { SourceTotal } from "./source-total";
import styles from "./sources.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("title") };
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await requirePermission("sources:view");
  const { cursor } = await searchParams;
  const [sources, t] = await Promise.all([listSources(user, typeof cursor === "string" ? cursor : undefined), getTranslations("sources")]);
  const canCreate = can(user, "sources:edit");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {canCreate ? (
        <p>
          <Link className="button" href="/sources/new">
            {t("newSource")}
          </Link>
        </p>
      ) : null}
      <RejectedCursorNotice rejected={sources.cursorRejected} />
      {sources.total.count === 0 ? (
        <p className="empty">{canCreate ? t("emptyMayCreate") : t("empty")}</p>
      ) : (
        <p>
          <SourceTotal total={sources.total} />
        </p>
      )}
      {sources.items.length === 0 ? null : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.code")}</th>
                <th scope="col">{t("columns.pseudonym")}</th>
                <th scope="col">{t("columns.risk")}</th>
                <th scope="col">{t("columns.handlingEditor")}</th>
                <th scope="col">{t("columns.testimonies")}</th>
                <th scope="col">{t("columns.consent")}</th>
              </tr>
            </thead>
            <tbody>
              {sources.items.map((s) => (
                <tr key={s.id} data-testid={`source-${s.code}`}>
                  <td>
                    <Link href={`/sources/${s.id}`} className={styles.code}>
                      <bdi>{s.code}</bdi>
                    </Link>
                  </td>
                  <td>{s.pseudonym ? <bdi>{s.pseudonym}</bdi> : <span className="muted">{t("none")}</span>}</td>
                  <td>
                    <RiskBadge level={s.riskLevel} label={t("riskBadge", { level: s.riskLevel })} />
                  </td>
                  <td>
                    <bdi>{s.handlingEditorName}</bdi>
                  </td>
                  <td>{s.testimonyCount}</td>
                  <td>
                    <ConsentBadge status={s.consentStatus} label={t(`consentStatus.${s.consentStatus}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CursorPager basePath="/sources" page={sources} />
    </>
  );
}
