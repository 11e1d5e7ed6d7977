"use client";
// The source's team: who may see what identifies it. The handling editor and admins change it;
// the server asks the policy again for every change.
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TeamView } from "@/lib/sources/team/list-team";
import { addTeamMemberAction, removeTeamMemberAction } from "../actions";
import { isolated } from "@/lib/i18n/isolate";

function RemoveButton({ sourceId, member }: { sourceId: string; member: TeamView["members"][number] }) {
  const t = useTranslations("sources.team");
  const [state, run, pending] = useFormAction(removeTeamMemberAction);
  return (
    <form method="post" onSubmit={run} className="inline-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="userId" value={member.id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={t("removeMember", { name: isolated(member.name) })}>
        {t("remove")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function TeamPanel({ sourceId, team }: { sourceId: string; team: Pick<TeamView, "members" | "mayManage" | "candidates"> }) {
  const t = useTranslations("sources.team");
  const roleLabel = (role: string) => t("role", { role });
  const [state, add, pending] = useFormAction(addTeamMemberAction, { resetOnSuccess: true });
  return (
    <>
      <ul data-testid="source-team">
        {team.members.map((m) => (
          <li key={m.id}>
            <bdi>{m.name}</bdi> <span className="muted">({m.handling ? t("handlingEditor") : roleLabel(m.role)})</span>
            {team.mayManage && !m.handling ? <RemoveButton sourceId={sourceId} member={m} /> : null}
          </li>
        ))}
      </ul>
      {team.mayManage ? (
        <form method="post" onSubmit={add} className="inline-form">
          <input type="hidden" name="sourceId" value={sourceId} />
          <label htmlFor="team-add">{t("addLabel")}</label>
          <select id="team-add" name="userId" required defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            {team.candidates.map((c) => (
              <option key={c.id} value={c.id} dir="auto">
                {t("candidate", { name: c.name, role: c.role })}
              </option>
            ))}
          </select>
          <button type="submit" disabled={pending}>
            {t("add")}
          </button>
          <FieldError state={state} name="userId" />
          <FormStatus state={state} />
        </form>
      ) : null}
    </>
  );
}
