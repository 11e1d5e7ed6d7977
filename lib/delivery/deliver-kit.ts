// A campaign kit: every PUBLISHED item of a campaign shared with the organisation, in
// every format with its images, plus a manifest and usage guidance, streamed as a ZIP.
// Each item gets its own download record and reference; the kit id ties them together.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { NotFound } from "@/lib/errors";
import { ATTRIBUTION, USAGE_GUIDANCE } from "./attribution";
import { attachmentDisposition, fileStem, typeStem } from "./formats";
import { itemZipEntries } from "./item-files";
import { loadDeliverable, type Deliverable } from "./load-deliverable";
import type { Recipient } from "./recipient";
import { recordDownload } from "./record-download";
import { DownloadRefused, type DeliveredFile } from "./deliver-item";
import { zipStream, type ZipEntry } from "./zip-stream";

export async function deliverCampaignKit(recipient: Recipient, campaignId: string, requestId: string): Promise<DeliveredFile & { itemCount: number }> {
  const kitId = randomUUID();
  const prepared = await db().$transaction(async (tx) => {
    const campaign = await tx.campaign.findFirst({
      where: { id: campaignId, partners: { some: { partnerOrgId: recipient.partnerOrgId } } },
      select: { id: true, name: true, objective: true, items: { where: { item: { state: "PUBLISHED" } }, orderBy: { position: "asc" }, select: { itemId: true } } },
    });
    if (!campaign) return null;
    const ready: { deliverable: Deliverable; reference: string }[] = [];
    for (const { itemId } of campaign.items) {
      const deliverable = await loadDeliverable(tx, recipient.partnerOrgId, itemId);
      if (!deliverable) continue;
      if (deliverable.refusal) {
        if (!deliverable.organisation.active) return { refused: deliverable.refusal } as const;
        continue;
      }
      const reference = await recordDownload(tx, recipient, { itemId, itemVersion: deliverable.item.version, format: "kit", campaignId: campaign.id, kitId }, requestId);
      ready.push({ deliverable, reference });
    }
    return { campaign, ready };
  });
  if (!prepared) throw new NotFound("No such campaign.");
  if ("refused" in prepared) throw new DownloadRefused(prepared.refused);
  const { campaign, ready } = prepared;
  if (ready.length === 0) throw new DownloadRefused("This campaign has no published material to download yet.");

  const organisation = ready[0]!.deliverable.organisation.name;
  const kitReference = ready[0]!.reference;
  const fileName = `${fileStem(campaign.name, "campaign")}-kit-${kitReference}.zip`;
  async function* entries(): AsyncIterable<ZipEntry> {
    const manifestItems = [];
    for (const [i, { deliverable, reference }] of ready.entries()) {
      const folder = `${String(i + 1).padStart(2, "0")}-${fileStem(deliverable.item.title, typeStem(deliverable.item.type))}/`;
      const { entries: files, manifest } = await itemZipEntries(deliverable.item, organisation, reference, folder);
      yield* files;
      manifestItems.push(manifest);
    }
    const manifest = { campaign: { id: campaign.id, name: campaign.name, objective: campaign.objective }, preparedFor: organisation, kitId, createdAt: new Date().toISOString(), attribution: ATTRIBUTION, usage: USAGE_GUIDANCE, items: manifestItems };
    yield { name: "manifest.json", data: JSON.stringify(manifest, null, 2) };
    yield { name: "README.txt", data: readme(campaign.name, organisation, manifestItems) };
  }
  const body = zipStream(entries(), (error) => log("error", "delivery.kit-failed", { kitId, message: error instanceof Error ? error.name : "unknown" }));
  return { fileName, contentType: "application/zip", disposition: attachmentDisposition(fileName), body, reference: kitReference, itemCount: ready.length };
}

function readme(campaign: string, organisation: string, items: { title: string; reference: string; language: string }[]): string {
  return [
    `${campaign} — campaign kit prepared for ${organisation}`,
    "",
    ATTRIBUTION,
    "",
    "How to use this material:",
    ...USAGE_GUIDANCE.map((line) => `- ${line}`),
    "",
    "Contents (each item in Markdown, plain text and PDF, with its images):",
    ...items.map((item, i) => `${i + 1}. ${item.title} [${item.language}] — ref ${item.reference}`),
    "",
  ].join("\n");
}
