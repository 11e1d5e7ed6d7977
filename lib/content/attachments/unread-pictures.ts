// An item with a picture nobody could read for text may not leave: the picture might show a
// name. Said to partners in English like the other refusals (partner-messages.ts translates it).
export const PICTURES_NOT_CHECKED = "This item is not available at the moment: its pictures could not be checked.";

export function unreadPicturesRefusal(item: { attachments: { imageText: string | null }[] }): string | null {
  return item.attachments.some((a) => a.imageText === null) ? PICTURES_NOT_CHECKED : null;
}
