// The kinds of quasi-identifier the disclosure check counts, and how narrowly each
// precision of a kind points to a person. The weights are the whole scoring model:
// an item's score is the sum, over the kinds it reveals, of the narrowest weight found.
export const QUASI_KINDS = ["AGE", "DATE", "PLACE", "ROLE", "UNIT", "RELATIVE", "NATIONALITY", "MARK"] as const;
export type QuasiKind = (typeof QUASI_KINDS)[number];

export const KIND_LABELS: Record<QuasiKind, string> = {
  AGE: "age",
  DATE: "date",
  PLACE: "place",
  ROLE: "role or job",
  UNIT: "unit or office",
  RELATIVE: "relative",
  NATIONALITY: "nationality or origin",
  MARK: "distinctive mark",
};

export const PRECISIONS = {
  "age-exact": { kind: "AGE", weight: 3, label: "exact age" },
  "age-range": { kind: "AGE", weight: 1, label: "age range" },
  "date-day": { kind: "DATE", weight: 3, label: "exact day" },
  "date-month": { kind: "DATE", weight: 2, label: "month and year" },
  "date-season": { kind: "DATE", weight: 2, label: "season and year" },
  "date-year": { kind: "DATE", weight: 1, label: "year" },
  "date-vague": { kind: "DATE", weight: 1, label: "month or season without a year" },
  "place-small": { kind: "PLACE", weight: 3, label: "named town, village or site" },
  "place-city": { kind: "PLACE", weight: 2, label: "large city or region" },
  "role-person": { kind: "ROLE", weight: 2, label: "role or job" },
  "role-group": { kind: "ROLE", weight: 1, label: "role of a group" },
  "unit-named": { kind: "UNIT", weight: 3, label: "named unit" },
  "unit-office": { kind: "UNIT", weight: 2, label: "office or kind of unit" },
  relative: { kind: "RELATIVE", weight: 2, label: "relative" },
  nationality: { kind: "NATIONALITY", weight: 1, label: "nationality or origin" },
  mark: { kind: "MARK", weight: 3, label: "distinctive mark" },
} as const satisfies Record<string, { kind: QuasiKind; weight: number; label: string }>;

export type Precision = keyof typeof PRECISIONS;

/** One fact an item reveals: the same kind and value in two places, or two items, is one fact. */
export type QuasiFact = { key: string; kind: QuasiKind; value: string; precision: Precision; weight: number };

export function factOf(precision: Precision, value: string): QuasiFact {
  const { kind, weight } = PRECISIONS[precision];
  return { key: `${kind}:${value}`, kind, value, precision, weight };
}
