// A small seeded random source so that every synthetic data set can be rebuilt exactly
// from its seed: a failing benchmark must be reproducible, which Math.random is not.

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /**
   * Picks with a Zipf-like bias towards the front of the list (weight 1/(rank+1)^skew):
   * lists of given names are ordered by frequency, so "Mohammed" comes up far more often
   * than a rare name, as in any real register.
   */
  pickFrequent<T>(items: readonly T[], skew?: number): T;
  /** A fresh, independent stream derived from this one (for sub-generators). */
  fork(): Random;
};

/** mulberry32: 32-bit state, fast, good enough statistically for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const cumulativeCache = new WeakMap<readonly unknown[], Float64Array>();
  const cumulativeWeights = (items: readonly unknown[], skew: number) => {
    const cached = cumulativeCache.get(items);
    if (cached && skew === 1) return cached;
    const weights = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += 1 / Math.pow(i + 1, skew);
      weights[i] = total;
    }
    if (skew === 1) cumulativeCache.set(items, weights);
    return weights;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    pickFrequent: (items, skew = 1) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      const weights = cumulativeWeights(items, skew);
      const target = next() * (weights[weights.length - 1] ?? 0);
      let low = 0;
      let high = weights.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((weights[mid] ?? 0) < target) low = mid + 1;
        else high = mid;
      }
      return items[low] as (typeof items)[number];
    },
    fork: () => seededRandom(Math.floor(next() * 4294967296)),
  };
  return random;
}
