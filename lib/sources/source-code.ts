/** The code name a source is known by everywhere: S-0001, S-0002, … from its sequence number. */
export function sourceCode(seq: number): string {
  return `S-${String(seq).padStart(4, "0")}`;
}
