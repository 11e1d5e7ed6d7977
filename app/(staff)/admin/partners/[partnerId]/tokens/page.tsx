import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { listPartnerTokens } from "@/lib/partner-api/list-partner-tokens";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { CreateTokenForm, RevokeTokenButton } from "./token-forms";

export const metadata: Metadata = { title: "Partner API tokens" };

const when = (date: Date | null) => (date ? date.toUTCString() : "—");

export default async function PartnerTokensPage({ params, searchParams }: { params: Promise<{ partnerId: string }>; searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("partners:manage");
  const { partnerId } = await params;
  const listing = await listPartnerTokens(admin, partnerId, PageParam.parse((await searchParams).page));
  if (!listing) notFound();
  const { organisation, tokens } = listing;
  return (
    <>
      <p>
        <Link href="/admin/partners">← Partner organisations</Link>
      </p>
      <h1>API tokens of {organisation.name}</h1>
      <p className="muted">
        A token lets the organisation&apos;s systems list and download the published assets shared with it through the partner API (
        <a href="/api/v1/openapi.json">OpenAPI document</a>). Every download is recorded against the token.
      </p>
      {organisation.active ? (
        <section className="card" aria-labelledby="create-token-heading">
          <h2 id="create-token-heading">Create a token</h2>
          <CreateTokenForm partnerOrgId={organisation.id} />
        </section>
      ) : (
        <p className="alert alert-error">This organisation is deactivated: its tokens are refused. Reactivate it to issue new ones.</p>
      )}
      {tokens.total === 0 ? (
        <p className="empty">No tokens yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Prefix</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {tokens.items.map((t) => (
                <tr key={t.id} data-testid={`token-${t.name}`}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{when(t.createdAt)}</td>
                  <td>{when(t.lastUsedAt)}</td>
                  <td>
                    {t.revokedAt ? (
                      <span className="badge badge-danger">Revoked {when(t.revokedAt)}</span>
                    ) : (
                      <>
                        <span className="badge badge-ok">Active</span> <RevokeTokenButton partnerOrgId={organisation.id} tokenId={t.id} name={t.name} />
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
