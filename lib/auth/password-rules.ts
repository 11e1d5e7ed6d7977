// Shared by the server and the forms; no hashing here.
export const PASSWORD_MIN_LENGTH = 12;
