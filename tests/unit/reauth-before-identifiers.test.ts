// Found by the red team of issue 11: adding or removing a dictionary entry answers with the whole
// decrypted dictionary, and emergency access opens raw testimony; each asks for a recent
// re-authentication first, as "Show identifiers" does.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentSession } from "@/lib/auth/session-user";

let current: CurrentSession | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentSession: async () => current }));
vi.mock("@/lib/request-id", () => ({ requestId: async () => "request-1" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const DICTIONARY = [{ id: "e1", text: "Abu Yusuf", type: "ALIAS", variants: [] }];
const add = vi.fn(async () => DICTIONARY);
const remove = vi.fn(async () => DICTIONARY);
vi.mock("@/lib/sources/add-dictionary-entry", () => ({ addDictionaryEntry: add }));
vi.mock("@/lib/sources/remove-dictionary-entry", () => ({ removeDictionaryEntry: remove }));
const openEmergency = vi.fn(async () => ({ expiresAt: new Date(Date.now() + 3600_000) }));
vi.mock("@/lib/sources/team/open-emergency-access", () => ({ openEmergencyAccess: openEmergency }));
const update = vi.fn(async () => ({ version: 2 }));
vi.mock("@/lib/sources/update-source", () => ({ updateSource: update }));
const removeMember = vi.fn(async () => undefined);
vi.mock("@/lib/sources/team/change-team", () => ({ addTeamMember: vi.fn(), removeTeamMember: removeMember }));

const actions = await import("@/app/(staff)/sources/actions");

// A team editor whose session last proved itself two hours ago (e.g. a stolen, idle-refreshed cookie).
const stale: CurrentSession = {
  actor: { id: "ed1", email: "ed@x.test", name: "Ed", role: "EDITOR", partnerOrgId: null },
  sessionId: "s1",
  reauthAt: new Date(Date.now() - 120 * 60_000),
  hasSecondFactor: true,
};

describe("identifiers need a recent re-authentication", () => {
  beforeEach(() => {
    current = stale;
    add.mockClear();
    remove.mockClear();
  });

  it("adding a dictionary entry asks for re-authentication before returning the whole dictionary", async () => {
    const result = await actions.addDictionaryEntryAction(null, { sourceId: "cmsource0000000000000000", text: "x y", type: "ALIAS", variants: [] });
    expect(result).toMatchObject({ ok: false, reauthRequired: true });
    expect(add).not.toHaveBeenCalled();
  });

  it("removing a dictionary entry asks for re-authentication before returning the whole dictionary", async () => {
    const result = await actions.removeDictionaryEntryAction(null, { sourceId: "cmsource0000000000000000", entryId: "cmentry00000000000000000" });
    expect(result).toMatchObject({ ok: false, reauthRequired: true });
    expect(remove).not.toHaveBeenCalled();
  });

  it("an admin's stale session cannot open emergency access (which opens raw transcripts and media, themselves read without re-authentication)", async () => {
    current = { ...stale, actor: { ...stale.actor, id: "ad1", role: "ADMIN" } };
    const result = await actions.openEmergencyAccessAction(null, { sourceId: "cmsource0000000000000000", reason: "The family reported a threat last night." });
    expect(result).toMatchObject({ ok: false, reauthRequired: true });
    expect(openEmergency).not.toHaveBeenCalled();
  });

  // Found by the second red team of issue 11: handing a source over puts the new editor on its
  // team, and the real name and notes are identifiers; a stolen session could do both unasked.
  it("handing a source to another editor, or rewriting its real name, asks for re-authentication first", async () => {
    update.mockClear();
    const handOver = await actions.updateSourceAction(null, { sourceId: "cmsource0000000000000000", version: 1, handlingEditorId: "cmeditor0000000000000000" });
    expect(handOver).toMatchObject({ ok: false, reauthRequired: true });
    const rename = await actions.updateSourceAction(null, { sourceId: "cmsource0000000000000000", version: 1, realName: "Someone Else" });
    expect(rename).toMatchObject({ ok: false, reauthRequired: true });
    expect(update).not.toHaveBeenCalled();
  });

  it("removing someone from a source's team asks for re-authentication first, as adding does", async () => {
    const result = await actions.removeTeamMemberAction(null, { sourceId: "cmsource0000000000000000", userId: "cmeditor0000000000000000" });
    expect(result).toMatchObject({ ok: false, reauthRequired: true });
    expect(removeMember).not.toHaveBeenCalled();
  });
});
