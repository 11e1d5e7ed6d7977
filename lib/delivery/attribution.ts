// The words that travel with every delivered file.
export const ATTRIBUTION = "Words of a former member of an extremist group, shared with their consent through Countervoice. Do not try to identify the speaker.";

export const USAGE_GUIDANCE = [
  "Use this material only for the campaign and channels it was shared for.",
  "Do not edit quotes in a way that changes their meaning, and do not add names, places, dates or images that could identify the speaker.",
  "Do not pass these files to other organisations; each copy is marked for your organisation.",
  "If you are told an item has been withdrawn, stop using it at once and take down every copy you have published.",
];
