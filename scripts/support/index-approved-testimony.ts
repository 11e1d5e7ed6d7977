// After migrating: approved redacted testimony written before it was sealed is sealed, and
// approved testimony written before the pasted-testimony index existed (or under an older
// format of it) is indexed here, once per release, rather than inside the transaction of the
// first editor who saves an item afterwards. Files still held in the database (media,
// images) move to storage (lib/storage), media uploads abandoned for a day are deleted, and
// findings stored by the previous release's detector are forgotten.
import { db } from "@/lib/db/client";
import { indexStaleTestimony } from "@/lib/content/pasted-testimony/index-testimony";
import { forgetStoredAnalyses } from "@/lib/redaction/stored-analysis";
import { sealLegacyRedactedTexts } from "@/lib/redaction/seal-legacy-redacted-texts";
import { moveFilesToStorage } from "@/lib/storage/move-files-to-storage";
import { deleteAbandonedUploads } from "@/lib/testimony/uploads/delete-abandoned-uploads";

export async function indexApprovedTestimony(): Promise<void> {
  const sealed = await sealLegacyRedactedTexts(db());
  if (sealed > 0) console.log(`Sealed ${sealed} approved redacted testimonies under their sources' keys.`);
  const moved = await moveFilesToStorage(db());
  if (moved.media + moved.attachments > 0) console.log(`Moved ${moved.media} testimony media files and ${moved.attachments} content images from the database to storage.`);
  const abandoned = await deleteAbandonedUploads(db());
  if (abandoned > 0) console.log(`Deleted ${abandoned} media uploads abandoned for more than a day.`);
  // a long transcript's stored findings were made by the previous release's detector
  await forgetStoredAnalyses(db());
  const indexed = await indexStaleTestimony(db());
  if (indexed > 0) console.log(`Indexed ${indexed} approved testimonies, so that text pasted from them into content is found.`);
}
