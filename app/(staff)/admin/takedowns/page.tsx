import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listTakedowns } from "@/lib/content/list-takedowns";
import { CursorPager, RejectedCursorNotice } from "@/components/ui/cursor-pager";
import { can } from "@/lib/auth/policy";
import { TakedownConfirmations } from "@/components/takedowns/takedown-confirmations";
import { SendConsentDigestsForm } from "@/components/takedowns/send-consent-digests-form";
import { emailEnabled } from "@/lib/notices/email-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("takedowns"))("title") };
}

const utc = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 19) : "");

export default async function TakedownsPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await requirePermission("takedowns:view");
  const { cursor } = await searchParams;
  const [t, takedowns] = await Promise.all([getTranslations("takedowns"), listTakedowns(user, typeof cursor === "string" ? cursor : undefined)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {emailEnabled() ? null : (
        <p className="alert alert-error" role="status">
          {t("emailOff")}
        </p>
      )}
      {can(user, "notices:send-digests") ? <SendConsentDigestsForm /> : null}
      <RejectedCursorNotice rejected={takedowns.cursorRejected} />
      {takedowns.total === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        takedowns.items.map((item) => (
          <section key={item.id} className="card" aria-labelledby={`takedown-${item.id}`} data-testid="takedown">
            <h2 id={`takedown-${item.id}`} lang={item.language} dir="auto">
              {item.title}
            </h2>
            <p className="muted">
              {item.retiredAt ? t("retiredAt", { when: utc(item.retiredAt) }) : item.suspendedAt ? t("suspendedAt", { when: utc(item.suspendedAt) }) : t("notRetired")} ·{" "}
              {t.rich("itemId", { id: item.id, code: (chunks) => <code>{chunks}</code> })}
            </p>
            <TakedownConfirmations title={item.title} takedowns={item.takedowns} />
            {item.downloads.length === 0 ? (
              <p>{t("noDownloads")}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">{t.rich("downloadsOf", { title: item.title, bdi: (chunks) => <bdi>{chunks}</bdi> })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("columns.partner")}</th>
                      <th scope="col">{t("columns.user")}</th>
                      <th scope="col">{t("columns.format")}</th>
                      <th scope="col">{t("columns.reference")}</th>
                      <th scope="col">{t("columns.version")}</th>
                      <th scope="col">{t("columns.time")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.downloads.map((d) => (
                      <tr key={d.id}>
                        <td>
                          <bdi>{d.partner}</bdi>
                        </td>
                        <td>{d.userEmail ? <bdi>{d.userEmail}</bdi> : <span className="muted">{t("unknownUser")}</span>}</td>
                        <td>
                          <code>{d.format}</code> · {d.channel === "API" ? "API" : t("portal")}
                        </td>
                        <td>
                          <code>{d.reference}</code>
                        </td>
                        <td>{d.itemVersion}</td>
                        <td>{utc(d.at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))
      )}
      <CursorPager basePath="/admin/takedowns" page={takedowns} />
    </>
  );
}
