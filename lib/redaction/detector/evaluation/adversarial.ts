// Text generators that stress the detector's worst cases: each returns about `size` UTF-16
// units, deterministically, so the scale bench times the same input every run.

/** mulberry32: a small seeded generator; Math.random would change the text between runs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = "abcdefghijklmnopqrstuvwxyz";
const ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

function word(next: () => number, letters: string, min: number, max: number): string {
  const n = min + Math.floor(next() * (max - min + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += letters[Math.floor(next() * letters.length)];
  return w;
}

function fill(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join("").slice(0, size);
}

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** `variant` picks another seed, so that timing one text is not helped by caches filled by another. */
export type Generator = { name: string; make: (size: number, variant?: number) => string };

export const GENERATORS: readonly Generator[] = [
  // one sentence of unknown capitalised words: the safety net and the tagger see one endless run
  { name: "capitalised run", make: (size, variant = 0) => { const r = random(1 + 1000 * variant); return fill(size, () => capital(word(r, LATIN, 3, 9)) + " "); } },
  // real names, places and capitalised English words, as in a list of attendees or a title
  { name: "capitalised names", make: (size, variant = 0) => { const r = random(9 + 1000 * variant); const w = ["Ahmed", "Karim", "Haddad", "Government", "Convention", "Zarqa", "Smith", "Court", "Istanbul", "Mr", "Ministry", "Hassan", "Article", "Ali", "Raqqa", "Kayseri", "Prison", "Chapman"]; return fill(size, () => w[Math.floor(r() * w.length)] + " "); } },
  // ordinary words with names and places, never a line break
  { name: "very long line", make: (size, variant = 0) => { const r = random(2 + 1000 * variant); const names = ["Abu Hamza al-Shami", "my brother Karim", "in Raqqa", "on 3 May 2016", "Mr P. Chapman", "EUR 4,000", "no. 36110/97"]; return fill(size, (i) => (i % 7 === 0 ? names[Math.floor(r() * names.length)] + " " : word(r, LATIN, 2, 8) + " ")); } },
  // a single token: no space, no punctuation
  { name: "no spaces", make: (size, variant = 0) => { const r = random(3 + 1000 * variant); return fill(size, () => word(r, LATIN, 50, 50)); } },
  { name: "no spaces, capitalised", make: (size, variant = 0) => { const r = random(4 + 1000 * variant); return fill(size, () => capital(word(r, LATIN, 3, 6))); } },
  // digit groups with the separators phones, dates and case numbers use
  { name: "many digits", make: (size, variant = 0) => { const r = random(5 + 1000 * variant); const seps = [" ", "-", "/", ".", ", ", " ", ":"]; return fill(size, () => String(Math.floor(r() * 100000)) + seps[Math.floor(r() * seps.length)]); } },
  { name: "digits, no separators", make: (size, variant = 0) => { const r = random(6 + 1000 * variant); return fill(size, () => String(Math.floor(r() * 10))); } },
  { name: "long Arabic run", make: (size, variant = 0) => { const r = random(7 + 1000 * variant); return fill(size, (i) => (i % 9 === 0 ? "أبو " : i % 13 === 0 ? "ال" : "") + word(r, ARABIC, 2, 7) + " "); } },
  { name: "repeated token", make: (size) => fill(size, () => "Abu ") },
  { name: "repeated title", make: (size) => fill(size, () => "Mr A. ") },
  { name: "repeated name", make: (size) => fill(size, (i) => (i % 2 === 0 ? "Karim " : "Haddad, ")) },
  { name: "initials and dots", make: (size, variant = 0) => { const r = random(8 + 1000 * variant); return fill(size, () => LATIN[Math.floor(r() * 26)]!.toUpperCase() + "."); } },
  { name: "punctuation only", make: (size) => fill(size, (i) => ".,;:()-/'\"“”[]"[i % 15] ?? ".") },
];
