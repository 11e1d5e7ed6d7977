// What every notice template returns: a subject and a plain-text body, nothing else.
export type EmailText = { subject: string; text: string };

/** The closing line every notice ends with, so a recipient knows where it came from. */
export const SIGNATURE = "— Countervoice (this message was sent automatically; replies are not read)";
