// Red-team finding: stored findings answer a (transcript, dictionary) pair, not the detector
// that made them. Findings stored by an older release, whose detector missed an identifier,
// must not stand in for detection after an upgrade (the residual-risk check at submit reads them).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { readSourceDictionary } from "@/lib/sources/read-source-dictionary";
import { createUser, rid } from "@/tests/support/factories";
import { createSourceWithTestimony, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { indexApprovedTestimony } from "@/scripts/support/index-approved-testimony";
import { storeAnalysis } from "./stored-analysis";
import { openRedaction } from "./open-redaction";
import { eraseSource } from "@/lib/sources/erase-source";

/** Another instance: nothing analysed in this process's memory. */
function freshInstance() {
  (globalThis as { countervoiceAnalysisCache?: unknown }).countervoiceAnalysisCache = undefined;
}

describe("stored findings across a release", () => {
  it("are forgotten when the new release starts, so its detector looks again", async () => {
    const editor = await createUser("EDITOR");
    const transcript = `${FIXTURE_TRANSCRIPT} Interview ${rid()}.`;
    const { testimonyId, sourceId } = await createSourceWithTestimony(editor, transcript);
    const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
    // what an older detector that found nothing would have stored
    await storeAnalysis(db(), testimonyId, sourceCipher(source), transcript, await readSourceDictionary(db(), sourceId), { findings: [], entityBySpan: [] });

    await indexApprovedTestimony(); // start-up of the new release (npm run db:migrate, npm start)
    freshInstance();
    const opened = await openRedaction(editor, testimonyId, "edit", rid());
    expect(opened.findings.map((f) => transcript.slice(f.start, f.end))).toEqual(expect.arrayContaining(["Karim Haddad"]));
  });
});

describe("stored findings and erasure", () => {
  it("are not stored for a testimony erased while its detection job ran", async () => {
    const editor = await createUser("EDITOR");
    const admin = await createUser("ADMIN");
    const transcript = `${FIXTURE_TRANSCRIPT} Interview ${rid()}.`;
    const { testimonyId, sourceId } = await createSourceWithTestimony(editor, transcript);
    // the job read the transcript and the key, then the source was erased before it finished
    const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, code: true, wrappedKey: true, masterKeyId: true } });
    const cipher = sourceCipher(source);
    const dictionary = await readSourceDictionary(db(), sourceId);
    await eraseSource(admin, { sourceId, confirmCode: source.code, reason: "The source asked to be forgotten." }, rid());

    await storeAnalysis(db(), testimonyId, cipher, transcript, dictionary, { findings: [], entityBySpan: [] });
    expect(await db().storedAnalysis.count({ where: { testimonyId } })).toBe(0);
  });
});

describe("stored findings and their testimony", () => {
  it("go with it: a foreign key deletes them when the testimony is deleted", async () => {
    const editor = await createUser("EDITOR");
    const transcript = `${FIXTURE_TRANSCRIPT} Interview ${rid()}.`;
    const { testimonyId, sourceId } = await createSourceWithTestimony(editor, transcript);
    const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
    await storeAnalysis(db(), testimonyId, sourceCipher(source), transcript, await readSourceDictionary(db(), sourceId), { findings: [], entityBySpan: [] });
    expect(await db().storedAnalysis.count({ where: { testimonyId } })).toBe(1);
    await db().redaction.deleteMany({ where: { testimonyId } });
    await db().testimony.delete({ where: { id: testimonyId } });
    expect(await db().storedAnalysis.count({ where: { testimonyId } })).toBe(0);
    await expect(db().storedAnalysis.create({ data: { testimonyId: "no-such-testimony", analysisEnc: Buffer.from("x") } })).rejects.toThrow();
  });
});
