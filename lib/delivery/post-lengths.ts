// The length of a post, as each platform counts it, in the form a partner pastes it: the
// plain-text file's body with its invisible mark, without the title, the attribution and the
// "Prepared for" line. Every download has its own reference, and on X the mark's weight
// depends on its digits, so the mark is counted at its heaviest: the numbers hold for any
// download, and a post shown as fitting always fits.
import { FRAME_LENGTH, heaviestFrameStandIn } from "./fingerprint";
import { markFor } from "./mark-budget";
import { lengthOn, PLATFORM_LIMITS, PLATFORMS, type Platform } from "./platform-length";
import { plainTextBody } from "./render-text";

export type PostLength = { platform: Platform; length: number; limit: number; over: number };

export type PostLengths = { frames: number; markCharacters: number; lengths: PostLength[] };

// Any reference gives the same number of frames: only their digits differ.
const ANY_REFERENCE = "AAAA-AAAA";

export function postLengths(contentType: string, bodyMarkdown: string): PostLengths {
  const text = plainTextBody(bodyMarkdown);
  const marked = markFor(contentType, text, ANY_REFERENCE);
  const frames = (marked.length - text.length) / FRAME_LENGTH;
  // in front, where no count joins them to a word or a link
  const heaviest = heaviestFrameStandIn().repeat(frames) + text;
  const lengths = PLATFORMS.map((platform) => {
    const length = lengthOn(platform, heaviest);
    const { limit } = PLATFORM_LIMITS[platform];
    return { platform, length, limit, over: Math.max(0, length - limit) };
  });
  return { frames, markCharacters: frames * FRAME_LENGTH, lengths };
}
