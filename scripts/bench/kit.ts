// The campaign kit ZIP as the portal serves it: a few kits one after another, each asked for,
// built by its background job and downloaded as a stream, with the server's resident memory
// sampled meanwhile (a kit streamed into sealed storage and out, not held whole, leaves it flat).
import type { KitResult } from "./report";
import { residentMB } from "./server";
import { NotMeasurable, sharedCampaignId, type Target } from "./pages";

async function send(target: Target, path: string): Promise<Response> {
  return fetch(`${target.origin}${path}`, { headers: target.credentials.partner ?? {}, redirect: "manual" });
}

/** Asks for the kit, waits for its job, and reads the ZIP; answers its size. */
async function download(target: Target, path: string): Promise<number> {
  const asked = await send(target, path);
  if (asked.status !== 202) {
    await asked.arrayBuffer().catch(() => undefined);
    throw new NotMeasurable(`the kit answered HTTP ${asked.status}`);
  }
  const { jobId } = (await asked.json()) as { jobId: string };
  for (;;) {
    const status = (await (await send(target, `/jobs/${encodeURIComponent(jobId)}/status`)).json()) as { finished: boolean; state: string };
    if (status.finished) {
      if (status.state !== "SUCCEEDED") throw new NotMeasurable(`the kit's job ended ${status.state}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const response = await send(target, `/jobs/${encodeURIComponent(jobId)}/download`);
  if (response.status !== 200 || !response.body) {
    await response.arrayBuffer().catch(() => undefined);
    throw new NotMeasurable(`the kit's download answered HTTP ${response.status}`);
  }
  let bytes = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
  return bytes;
}

export async function measureKit(target: Target, serverPid: number | null, downloads: number): Promise<KitResult> {
  const path = `/portal/campaigns/${encodeURIComponent(await sharedCampaignId(target))}/kit`;
  await download(target, path); // warm-up: the first kit compiles the route and fills caches
  const rss = () => (serverPid === null ? 0 : (residentMB(serverPid, "VmRSS") ?? 0));
  const rssBeforeMB = rss();
  let rssPeakMB = rssBeforeMB;
  const sampler = setInterval(() => (rssPeakMB = Math.max(rssPeakMB, rss())), 50);
  const started = performance.now();
  let bytes = 0;
  try {
    for (let i = 0; i < downloads; i++) bytes += await download(target, path);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const megabytes = bytes / 1e6;
  return { downloads, megabytes: +megabytes.toFixed(2), mbPerSecond: +(megabytes / seconds).toFixed(2), rssBeforeMB: +rssBeforeMB.toFixed(1), rssPeakMB: +rssPeakMB.toFixed(1), rssAfterMB: +rss().toFixed(1) };
}
