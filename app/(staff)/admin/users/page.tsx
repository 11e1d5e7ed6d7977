import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listPendingInvitations, listUsers } from "@/lib/users/list-users";
import { listActivePartnerChoices } from "@/lib/partners/list-partners";
import { PageParam } from "@/lib/pagination";
import { Pager } from "@/components/ui/pager";
import { InviteUserForm } from "./invite-user-form";
import { UserRow } from "./user-row";
import { RevokeInvitationButton } from "./revoke-invitation-button";
import { StaffRoleRequestRow } from "./staff-role-request-row";
import { listPendingStaffRoleRequests } from "@/lib/users/staff-roles/decide-staff-role-request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("users:manage");
  const page = PageParam.parse((await searchParams).page);
  const [t, roles, format, users, invitations, partners, staffRequests] = await Promise.all([
    getTranslations("users"),
    getTranslations("common.roles"),
    getFormatter(),
    listUsers(admin, page),
    listPendingInvitations(admin),
    listActivePartnerChoices(admin),
    listPendingStaffRoleRequests(admin),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("inviteHeading")}</h2>
        <InviteUserForm partners={partners} />
      </section>

      <h2 id="staff-requests-heading">{t("staffRequestsHeading")}</h2>
      <p className="muted">{t("staffRequestsIntro")}</p>
      {staffRequests.length === 0 ? (
        <p className="empty">{t("nothingWaiting")}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="staff-requests-heading">
            <thead>
              <tr>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("request")}</th>
                <th scope="col">{t("askedBy")}</th>
                <th scope="col">{t("decision")}</th>
              </tr>
            </thead>
            <tbody>
              {staffRequests.map((r) => (
                <StaffRoleRequestRow key={r.id} request={{ ...r, createdAt: when(r.createdAt) }} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t("pendingInvitations")}</h2>
      {invitations.length === 0 ? (
        <p className="empty">{t("noPendingInvitations")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("expires")}</th>
                <th scope="col">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <td>
                    <bdi>{inv.email}</bdi>
                  </td>
                  <td>
                    {roles(inv.role)}
                    {inv.partnerOrg ? (
                      <>
                        {" · "}
                        <bdi>{inv.partnerOrg.name}</bdi>
                      </>
                    ) : null}
                  </td>
                  <td>{when(inv.expiresAt)}</td>
                  <td>
                    <RevokeInvitationButton linkId={inv.id} email={inv.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t("accounts", { count: users.total })}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("person")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("lastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {users.items.map((u) => (
              <UserRow
                key={u.id}
                user={{ ...u, lastSignInAt: u.lastSignInAt ? when(u.lastSignInAt) : null, twoFactor: u.totpEnabledAt !== null, partnerOrgId: u.partnerOrg?.id ?? null, partnerOrgName: u.partnerOrg?.name ?? null }}
                isSelf={u.id === admin.id}
                partners={partners}
              />
            ))}
          </tbody>
        </table>
      </div>
      <Pager basePath="/admin/users" page={users.page} pageCount={users.pageCount} />
    </>
  );
}
