"use client";
// The source's team: who may see what identifies it. The handling editor and admins change it;
// the server asks the policy again for every change.
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TeamView } from "@/lib/sources/team/list-team";
import { addTeamMemberAction, removeTeamMemberAction } from "../actions";

const ROLE_LABEL: Record<string, string> = { EDITOR: "editor", REVIEWER: "reviewer" };

function RemoveButton({ sourceId, member }: { sourceId: string; member: TeamView["members"][number] }) {
  const [state, run, pending] = useFormAction(removeTeamMemberAction);
  return (
    <form method="post" onSubmit={run} className="inline-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="userId" value={member.id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Remove ${member.name} from the team`}>
        Remove
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function TeamPanel({ sourceId, team }: { sourceId: string; team: Pick<TeamView, "members" | "mayManage" | "candidates"> }) {
  const [state, add, pending] = useFormAction(addTeamMemberAction, { resetOnSuccess: true });
  return (
    <>
      <ul data-testid="source-team">
        {team.members.map((m) => (
          <li key={m.id}>
            {m.name} <span className="muted">({m.handling ? "handling editor" : (ROLE_LABEL[m.role] ?? m.role.toLowerCase())})</span>
            {team.mayManage && !m.handling ? <RemoveButton sourceId={sourceId} member={m} /> : null}
          </li>
        ))}
      </ul>
      {team.mayManage ? (
        <form method="post" onSubmit={add} className="inline-form">
          <input type="hidden" name="sourceId" value={sourceId} />
          <label htmlFor="team-add">Add to the team</label>
          <select id="team-add" name="userId" required defaultValue="">
            <option value="" disabled>
              Choose a person…
            </option>
            {team.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({ROLE_LABEL[c.role] ?? c.role.toLowerCase()})
              </option>
            ))}
          </select>
          <button type="submit" disabled={pending}>
            Add
          </button>
          <FieldError state={state} name="userId" />
          <FormStatus state={state} />
        </form>
      ) : null}
    </>
  );
}
