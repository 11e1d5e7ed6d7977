// A ZIP written while its entries are still being produced, as a web stream for a
// Response: the browser's download starts at once and shows progress as files arrive.
import "server-only";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";

/** `shows`: the words a picture entry shows, for the export verifier (a PNG's bytes hold no text to read). */
export type ZipEntry = { name: string; data: Buffer | string; shows?: string };

export function zipStream(entries: AsyncIterable<ZipEntry>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  archive.on("warning", onError);
  void (async () => {
    try {
      for await (const entry of entries) {
        // The partner cancelled: stop rendering what nobody will read.
        if (archive.destroyed) return;
        archive.append(entry.data, { name: entry.name, date: new Date() });
      }
      await archive.finalize();
    } catch (error) {
      onError(error);
      archive.abort();
      archive.destroy(error instanceof Error ? error : new Error("Could not build the ZIP."));
    }
  })();
  return Readable.toWeb(archive) as ReadableStream<Uint8Array>;
}

/** The whole ZIP in memory, for small archives and tests. */
export async function zipBuffer(entries: ZipEntry[]): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = zipStream(
    (async function* () {
      yield* entries;
    })(),
    () => undefined,
  ).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return Buffer.concat(chunks);
}
