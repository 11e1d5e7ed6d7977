import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { utcMinute } from "@/components/redaction/utc-minute";
import { requirePermission } from "@/lib/auth/current-user";
import { listReviewQueue } from "@/lib/redaction/list-redactions";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { bdi } from "@/components/redaction/bdi";
import { TestimonyLanguageName } from "@/components/redaction/testimony-language-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("redaction.reviews"))("title") };
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const reviewer = await requirePermission("redaction:review");
  const queue = await listReviewQueue(reviewer, PageParam.parse((await searchParams).page));
  const [t, sources] = await Promise.all([getTranslations("redaction.reviews"), getTranslations("sources")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      {queue.total === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("source")}</th>
                <th scope="col">{t("language")}</th>
                <th scope="col">{t("submitted")}</th>
                <th scope="col">{t("review")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <bdi>{r.testimony.source.code}</bdi> <span className="badge">{sources("riskBadgeLower", { level: r.testimony.source.riskLevel })}</span>
                  </td>
                  <td>
                    <TestimonyLanguageName code={r.testimony.language} />
                  </td>
                  <td>{r.submittedAt ? t("at", { when: utcMinute(r.submittedAt) }) : "—"}</td>
                  <td>
                    {r.editedByMe ? (
                      <span className="muted">{t("editedByYou")}</span>
                    ) : (
                      <Link href={`/testimony/${r.testimonyId}/review`} prefetch={false}>
                        {t.rich("reviewLink", { code: r.testimony.source.code, bdi })}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath="/reviews" page={queue.page} pageCount={queue.pageCount} />
    </>
  );
}
