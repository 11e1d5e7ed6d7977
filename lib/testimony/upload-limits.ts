// Limits on what an editor may upload with a testimony. No server imports: the form checks them before sending.
export const MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
export const MAX_MEDIA_FILES = 5;
export const MEDIA_ACCEPT = "audio/*,video/*,image/*";
// Through a resumable upload (/api/uploads): audio and video up to 2 GB (10^9 bytes × 2, which
// the size columns hold), images no larger than in a form.
export const MAX_RESUMABLE_MEDIA_BYTES = 2_000_000_000;
// What one editor may have uploaded (or announced) and not yet saved with a testimony, so an
// abandoned or hostile client cannot fill the disk: a testimony's worth of the largest files.
export const MAX_OPEN_UPLOAD_BYTES = 5 * MAX_RESUMABLE_MEDIA_BYTES;
export const MAX_OPEN_UPLOADS = 20;
/** The id of a resumable upload (a random UUID, later the media's id). */
export const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The largest upload of this type, or 0 when the type is not accepted. */
export function maxUploadBytesFor(mimeType: string): number {
  if (!isAcceptedMediaType(mimeType)) return 0;
  return /^(audio|video)\//i.test(mimeType) ? MAX_RESUMABLE_MEDIA_BYTES : MAX_MEDIA_BYTES;
}

// SVG can carry script; the rest are served only as downloads anyway.
const MEDIA_TYPE = /^(audio|video|image)\/[a-z0-9][a-z0-9.+-]{0,80}$/;

export function isAcceptedMediaType(mimeType: string): boolean {
  const type = mimeType.toLowerCase();
  return MEDIA_TYPE.test(type) && type !== "image/svg+xml";
}

const EXTENSIONS: Record<string, string> = {
  "audio/mpeg": "mp3",
  "audio/mp4": "m4a",
  "audio/x-m4a": "m4a",
  "audio/aac": "aac",
  "audio/ogg": "ogg",
  "audio/opus": "opus",
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/webm": "weba",
  "audio/flac": "flac",
  "video/mp4": "mp4",
  "video/webm": "webm",
  "video/quicktime": "mov",
  "video/ogg": "ogv",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/heic": "heic",
};

/** The download's extension comes from the stored type, never from the original file name. */
export function extensionFor(mimeType: string): string {
  return EXTENSIONS[mimeType.toLowerCase()] ?? "bin";
}
