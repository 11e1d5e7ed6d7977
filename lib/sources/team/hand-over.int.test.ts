// Handing a source to another editor puts them on its team, so only who may change the team
// (the handling editor or an admin) may do it; found by the red team of issue 11, where any
// team member could name an outsider, or themselves, handling editor.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { revealSourceIdentifiers } from "@/lib/sources/reveal-source-identifiers";
import { updateSource } from "@/lib/sources/update-source";
import { addTeamMember } from "./change-team";

const REAL_NAME = "Karim Haddad";

describe("handing a source over", () => {
  it("is refused to a team member who is not the handling editor, and the outsider stays outside", async () => {
    const source = await createSource({ realName: REAL_NAME });
    const member = await createUser("EDITOR");
    const outsider = await createUser("EDITOR");
    await addTeamMember(source.editor, { sourceId: source.id, userId: member.id }, rid());
    await expect(addTeamMember(member, { sourceId: source.id, userId: outsider.id }, rid())).rejects.toThrow(/handling editor/);
    await expect(updateSource(member, { sourceId: source.id, version: 1, handlingEditorId: outsider.id }, rid())).rejects.toThrow(/Only the handling editor/);
    await expect(revealSourceIdentifiers(outsider, source.id, rid())).rejects.toThrow(/Only the team of/);
  });

  it("is refused when a team member names themselves, so they cannot then change the team", async () => {
    const source = await createSource({ realName: REAL_NAME });
    const member = await createUser("EDITOR");
    const outsider = await createUser("EDITOR");
    await addTeamMember(source.editor, { sourceId: source.id, userId: member.id }, rid());
    await expect(updateSource(member, { sourceId: source.id, version: 1, handlingEditorId: member.id }, rid())).rejects.toThrow(/Only the handling editor/);
    await expect(addTeamMember(member, { sourceId: source.id, userId: outsider.id }, rid())).rejects.toThrow(/handling editor/);
  });

  it("by the handling editor puts the new editor on the team, and the audit trail says so", async () => {
    const source = await createSource({ realName: REAL_NAME });
    const next = await createUser("EDITOR");
    await updateSource(source.editor, { sourceId: source.id, version: 1, handlingEditorId: next.id }, rid());
    const revealed = await revealSourceIdentifiers(next, source.id, rid());
    expect(JSON.stringify(revealed)).toContain(REAL_NAME);
    const added = await db().auditEvent.findMany({ where: { action: "source.team-member-added", targetId: source.id } });
    expect(added.map((e) => (e.details as { userId: string }).userId)).toContain(next.id);
  });
});
