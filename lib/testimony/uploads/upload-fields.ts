// Names of what a resumable upload seals (bound as additional data). The pending tail is bound
// to the offset it ends at, so an older tail cannot be put back in place of a newer one.
export const uploadTailField = (uploadId: string, offset: number) => `upload:${uploadId}:tail:${offset}`;
