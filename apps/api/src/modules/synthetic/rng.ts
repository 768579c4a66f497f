// Deterministic randomness for the synthetic dataset: one seeded stream per concern, so changing
// how one part draws does not reshuffle the others.
import { prng, type Weighted } from '../members';

export type Rng = {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  normal: () => number;
};

export function rng(seed: number, stream: number): Rng {
  // mix the stream into the seed so streams are unrelated
  const next = prng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35));
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (xs) => xs[int(xs.length)]!,
    // Box–Muller
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** A picker over weighted values: index of the value drawn, by a cumulative table. */
export function weightedIndex(weights: readonly number[]): (r: number) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (r) => {
    const x = r * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

export const values = (xs: Weighted) => xs.map(([v]) => v);
export const weights = (xs: Weighted) => xs.map(([, w]) => w);
