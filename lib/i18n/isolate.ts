// User content inside interface text that is not HTML (an aria-label, a confirm() dialog, a
// title): <bdi> cannot be used there, so the value is wrapped in Unicode's first-strong
// isolate (U+2068 … U+2069). A name in Arabic then cannot turn the English words around it,
// nor an English title the Arabic ones; the marks are invisible and screen readers skip them.
export const FIRST_STRONG_ISOLATE = "\u2068";
export const POP_DIRECTIONAL_ISOLATE = "\u2069";

export function isolated(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}
