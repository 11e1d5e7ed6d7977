import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { updateConsent } from "./update-consent";
import { withdrawConsent } from "./withdraw-consent";
import { getSource } from "./get-source";
import { UpdateConsentInput } from "./schemas";

const consent = (sourceId: string, version: number, overrides: Partial<UpdateConsentInput> = {}): UpdateConsentInput => ({
  sourceId,
  version,
  scopes: ["VERBATIM", "PARAPHRASE"],
  channels: ["WEB", "PARTNER_DOWNLOAD"],
  languages: ["en", "ar"],
  expiresAt: new Date("2030-01-01"),
  ...overrides,
});

describe("consent", () => {
  it("is recorded once, then updated in place", async () => {
    const { id, editor } = await createSource();
    expect(await updateConsent(editor, consent(id, 0), rid())).toEqual({ version: 1 });
    expect(await updateConsent(editor, consent(id, 1, { scopes: ["VOICE"], expiresAt: null }), rid())).toEqual({ version: 2 });
    expect(await db().consent.count()).toBe(1);
    expect((await getSource(editor, id))?.consent).toMatchObject({ scopes: ["VOICE"], expiresAt: null, version: 2 });
    expect((await getSource(editor, id))?.consentStatus).toBe("ACTIVE");
    const events = await db().auditEvent.findMany({ where: { action: "consent.updated" }, orderBy: { at: "asc" } });
    expect(events.map((e) => (e.details as { change: string }).change)).toEqual(["recorded", "updated"]);
  });

  it("parses the form's fields", () => {
    const parsed = UpdateConsentInput.parse({ sourceId: "s", version: "0", "scopes[]": ["VERBATIM"], "channels[]": ["WEB"], languages: "EN, ar", expiresAt: "" });
    expect(parsed).toEqual({ sourceId: "s", version: 0, scopes: ["VERBATIM"], channels: ["WEB"], languages: ["en", "ar"], expiresAt: null });
    const refused = UpdateConsentInput.safeParse({ sourceId: "s", version: "0", languages: "english" });
    expect(refused.success ? [] : refused.error.issues.map((i) => i.path.join("."))).toEqual(["scopes", "channels", "languages"]);
  });

  it("refuses a stale form and two first recordings at once", async () => {
    const { id, editor } = await createSource();
    const results = await Promise.allSettled([updateConsent(editor, consent(id, 0), rid()), updateConsent(editor, consent(id, 0), rid())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expect(updateConsent(editor, consent(id, 0), rid())).rejects.toThrow(/Someone else changed this consent/);
    expect(await db().consent.count()).toBe(1);
  });

  it("is withdrawn by a separate step, after which it cannot be edited or withdrawn again", async () => {
    const { id, editor } = await createSource();
    await expect(withdrawConsent(editor, { sourceId: id, version: 1 }, rid())).rejects.toThrow(/No consent/);
    await updateConsent(editor, consent(id, 0), rid());
    await withdrawConsent(editor, { sourceId: id, version: 1 }, rid());
    const source = await getSource(editor, id);
    expect(source?.consentStatus).toBe("WITHDRAWN");
    expect(source?.consent?.withdrawnAt).toBeInstanceOf(Date);
    await expect(updateConsent(editor, consent(id, 2), rid())).rejects.toThrow(/withdrawn/);
    await expect(withdrawConsent(editor, { sourceId: id, version: 2 }, rid())).rejects.toThrow(/already withdrawn/);
  });

  it("reports an expired consent", async () => {
    const { id, editor } = await createSource();
    await updateConsent(editor, consent(id, 0, { expiresAt: new Date("2020-01-01") }), rid());
    expect((await getSource(editor, id))?.consentStatus).toBe("EXPIRED");
  });

  it("is refused to reviewers, partners and admins", async () => {
    const { id } = await createSource();
    for (const role of ["REVIEWER", "PARTNER", "ADMIN"] as const) {
      const user = await createUser(role);
      await expect(updateConsent(user, consent(id, 0), rid())).rejects.toThrow(/not allowed/);
      await expect(withdrawConsent(user, { sourceId: id, version: 1 }, rid())).rejects.toThrow(/not allowed/);
    }
    expect(await db().consent.count()).toBe(0);
  });
});
