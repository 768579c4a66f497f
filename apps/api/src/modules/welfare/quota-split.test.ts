import { describe, expect, it } from 'vitest';
import { splitByWeights } from './quota-split';

describe('splitByWeights', () => {
  it('gives whole parts adding up to the total, by weight', () => {
    expect(splitByWeights(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByWeights(10, [300, 100, 0])).toEqual([8, 2, 0]);
    expect(splitByWeights(3_500, [1200, 800, 500]).reduce((s, x) => s + x, 0)).toBe(3_500);
  });
  it('splits equally when no unit has members', () => {
    expect(splitByWeights(7, [0, 0])).toEqual([4, 3]);
    expect(splitByWeights(5, [])).toEqual([]);
  });
});
