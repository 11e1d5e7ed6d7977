import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "People" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePermission("users:manage");
  const page = PageParam.parse((await searchParams).page);
  const [users, invitations, partners, staffRequests] = await Promise.all([
    listUsers(admin, page),
    listPendingInvitations(admin),
    listActivePartnerChoices(admin),
    listPendingStaffRoleRequests(admin),
  ]);
  return (
    <>
      <h1>People</h1>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <InviteUserForm partners={partners} />
      </section>

      <h2 id="staff-requests-heading">Waiting for a second admin</h2>
      <p className="muted">Every invitation or change into a staff role (admin, editor, reviewer) takes effect only when another admin confirms it.</p>
      {staffRequests.length === 0 ? (
        <p className="empty">Nothing is waiting.</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="staff-requests-heading">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Request</th>
                <th scope="col">Asked by</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {staffRequests.map((r) => (
                <StaffRoleRequestRow key={r.id} request={{ ...r, createdAt: r.createdAt.toUTCString() }} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Pending invitations</h2>
      {invitations.length === 0 ? (
        <p className="empty">No pending invitations.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <td>{inv.email}</td>
                  <td>
                    {inv.role}
                    {inv.partnerOrg ? ` · ${inv.partnerOrg.name}` : ""}
                  </td>
                  <td>{inv.expiresAt.toUTCString()}</td>
                  <td>
                    <RevokeInvitationButton linkId={inv.id} email={inv.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Accounts ({users.total})</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
            </tr>
          </thead>
          <tbody>
            {users.items.map((u) => (
              <UserRow
                key={u.id}
                user={{ ...u, lastSignInAt: u.lastSignInAt?.toUTCString() ?? null, twoFactor: u.totpEnabledAt !== null, partnerOrgId: u.partnerOrg?.id ?? null, partnerOrgName: u.partnerOrg?.name ?? null }}
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
