// Names of the sealed fields of testimony and its media (bound as additional data).
export const transcriptField = (testimonyId: string) => `testimony:${testimonyId}:transcript`;
export const mediaContentField = (mediaId: string) => `media:${mediaId}:content`;
export const mediaFileNameField = (mediaId: string) => `media:${mediaId}:fileName`;
