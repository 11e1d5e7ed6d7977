// The campaign kit ZIP as the portal serves it: a few downloads one after another, read as a
// stream, with the server's resident memory sampled meanwhile (a kit streamed, not held whole,
// leaves it flat).
import type { KitResult } from "./report";
import { residentMB } from "./server";
import { NotMeasurable, sharedCampaignId, type Target } from "./pages";

async function download(target: Target, path: string): Promise<number> {
  const response = await fetch(`${target.origin}${path}`, { headers: target.credentials.partner ?? {}, redirect: "manual" });
  if (response.status !== 200 || !response.body) {
    await response.arrayBuffer().catch(() => undefined);
    throw new NotMeasurable(`the kit answered HTTP ${response.status}`);
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
