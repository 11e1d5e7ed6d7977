import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listPartnerTokens } from "@/lib/partner-api/list-partner-tokens";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { bdi } from "@/components/admin/user-content";
import { CreateTokenForm, RevokeTokenButton } from "./token-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners.tokens"))("title") };
}

export default async function PartnerTokensPage({ params, searchParams }: { params: Promise<{ partnerId: string }>; searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("partners:manage");
  const { partnerId } = await params;
  const listing = await listPartnerTokens(admin, partnerId, PageParam.parse((await searchParams).page));
  if (!listing) notFound();
  const [t, format] = await Promise.all([getTranslations("partners.tokens"), getFormatter()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const { organisation, tokens } = listing;
  return (
    <>
      <p>
        <Link href="/admin/partners">{t("back")}</Link>
      </p>
      <h1>{t.rich("heading", { name: organisation.name, bdi })}</h1>
      <p className="muted">{t.rich("intro", { openapi: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</p>
      {organisation.active ? (
        <section className="card" aria-labelledby="create-token-heading">
          <h2 id="create-token-heading">{t("createHeading")}</h2>
          <CreateTokenForm partnerOrgId={organisation.id} />
        </section>
      ) : (
        <p className="alert alert-error">{t("deactivated")}</p>
      )}
      {tokens.total === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("prefix")}</th>
                <th scope="col">{t("created")}</th>
                <th scope="col">{t("lastUsed")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.items.map((token) => (
                <tr key={token.id} data-testid={`token-${token.name}`}>
                  <td dir="auto">{token.name}</td>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{when(token.createdAt)}</td>
                  <td>{when(token.lastUsedAt)}</td>
                  <td>
                    {token.revokedAt ? (
                      <span className="badge badge-danger">{t("revokedAt", { when: when(token.revokedAt) })}</span>
                    ) : (
                      <>
                        <span className="badge badge-ok">{t("active")}</span> <RevokeTokenButton partnerOrgId={organisation.id} tokenId={token.id} name={token.name} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager basePath={`/admin/partners/${organisation.id}/tokens`} page={tokens.page} pageCount={tokens.pageCount} />
    </>
  );
}
