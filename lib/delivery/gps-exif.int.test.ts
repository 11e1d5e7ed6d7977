// A photo's GPS position never leaves in any form a partner receives: the image alone, the
// item's ZIP, the PDF that embeds it, the campaign kit and the API's ZIP. The photo is stored
// as it came from the camera (as rows written before uploads were re-encoded were), so the
// delivery's own cleaning is what is tested.
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rid } from "@/tests/support/factories";
import { readAll, unzip } from "@/tests/support/delivered-bytes";
import { publishAndShare, sharedWorld } from "@/tests/support/partner-channels";
import { apiRequest } from "@/lib/partner-api/test-fixtures";
import { GET as apiDownload } from "@/app/api/v1/assets/[assetId]/download/route";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { deliverImage, deliverItem } from "./deliver-item";
import { deliverCampaignKit } from "./deliver-kit";

afterEach(() => stopJobWorkers());

// 36°20'N 43°08'E, with a camera and its owner's name beside it
const cameraPhoto = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#8a6" } })
    .jpeg()
    .withExif({ IFD0: { Make: "AcmeCam", Artist: "Hadi Example" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "36/1 20/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "43/1 8/1 0/1" } })
    .toBuffer();

/** No EXIF block (where GPS lives) in a JPEG or PNG, nor the camera's words anywhere in the bytes. */
async function expectNoPosition(label: string, bytes: Buffer) {
  expect(bytes.includes(Buffer.from("Exif\0\0")), `${label}: an EXIF block`).toBe(false);
  for (const words of ["AcmeCam", "Hadi Example"]) expect(bytes.includes(Buffer.from(words)), `${label}: ${words}`).toBe(false);
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) expect((await sharp(bytes).metadata()).exif, label).toBeUndefined();
}

describe("GPS positions in photos", () => {
  it("are gone from every delivered form", async () => {
    const photo = await cameraPhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { title: "Hunger", body: "We found hunger, not a caliphate." });
    const image = await db().contentAttachment.create({ data: { itemId: id, fileName: "IMG_0042.jpg", mimeType: "image/jpeg", size: photo.byteLength, width: 64, height: 48, content: new Uint8Array(photo) } });

    await expectNoPosition("image", await readAll((await deliverImage(w.recipient, id, image.id, rid())).body));
    for (const [name, data] of unzip(await readAll((await deliverItem(w.recipient, id, "zip", rid())).body))) await expectNoPosition(`item ZIP ${name}`, data);
    await expectNoPosition("PDF", await readAll((await deliverItem(w.recipient, id, "pdf", rid())).body));
    for (const [name, data] of unzip(await readAll((await deliverCampaignKit(w.recipient, w.campaign.id, rid())).body))) await expectNoPosition(`kit ${name}`, data);
    const api = await apiDownload(apiRequest(`/api/v1/assets/${id}/download?format=zip`, w.apiToken), { params: Promise.resolve({ assetId: id }) });
    expect(api.status).toBe(200);
    for (const [name, data] of unzip(Buffer.from(await api.arrayBuffer()))) await expectNoPosition(`API ZIP ${name}`, data);
  });
});
