// A source with a dictionary and one testimony, sealed exactly as the app seals them.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { newDataKey, sourceCipher } from "@/lib/crypto/source-keys";
import type { Actor } from "@/lib/auth/policy";

export const FIXTURE_TRANSCRIPT =
  "My name is Karim Haddad, but in Raqqa they called me Abu Yusuf al-Shami. " +
  "I was 19 when I crossed at Tel Abyad in March 2014. The emir of our katiba, Abu Hafs al-Tunisi, " +
  "sent the foreigners to the front first. Call my cousin Samir on +90 532 111 22 33 if you need proof. " +
  "Later, Abou Youssef el-Shami was what the Tunisians wrote on my papers.";

export const FIXTURE_DICTIONARY = [
  { text: "Karim Haddad", type: "PERSON", variants: ["Kareem Haddad"] },
  { text: "Abu Yusuf al-Shami", type: "ALIAS", variants: ["Abou Youssef el-Shami"] },
  { text: "Samir", type: "PERSON", variants: [] },
];

export async function createSourceWithTestimony(editor: Actor, transcript = FIXTURE_TRANSCRIPT, dictionary = FIXTURE_DICTIONARY) {
  const sourceId = randomUUID();
  const count = await db().source.count();
  const { wrappedKey, masterKeyId } = newDataKey(sourceId);
  const cipher = sourceCipher({ id: sourceId, wrappedKey, masterKeyId });
  await db().source.create({
    data: { id: sourceId, code: `S-${String(count + 1).padStart(4, "0")}`, riskLevel: "HIGH", handlingEditorId: editor.id, wrappedKey, masterKeyId, realNameEnc: cipher.sealText("source:realName", "Karim Haddad") },
  });
  // The handling editor is on the source's team, as createSource makes it.
  await db().sourceTeamMember.create({ data: { sourceId, userId: editor.id } });
  for (const entry of dictionary) {
    const id = randomUUID();
    await db().dictionaryEntry.create({ data: { id, sourceId, entryEnc: cipher.sealJson(`dictionary:${id}`, entry) } });
  }
  const testimonyId = randomUUID();
  await db().testimony.create({
    data: { id: testimonyId, sourceId, language: "en", format: "paste", transcriptEnc: cipher.sealText(`testimony:${testimonyId}:transcript`, transcript), createdById: editor.id },
  });
  return { sourceId, testimonyId };
}
