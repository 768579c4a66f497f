import { describe, expect, it } from 'vitest';
import { cachePer, TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('loads once per key until the entry is older than the ttl', async () => {
    let now = 0;
    let loads = 0;
    const cache = new TtlCache<string, number>(1000, 10, () => now);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    now = 999;
    expect(await cache.get('a', load)).toBe(1);
    now = 1000;
    expect(await cache.get('a', load)).toBe(2);
    expect(loads).toBe(2);
  });

  it('shares one load between concurrent misses of a key', async () => {
    let loads = 0;
    const cache = new TtlCache<string, number>(1000, 10);
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++loads), 10));
    expect(await Promise.all([cache.get('a', slow), cache.get('a', slow), cache.get('b', slow)])).toEqual([1, 1, 2]);
  });

  it('keeps no failed load: the next call tries again', async () => {
    const cache = new TtlCache<string, number>(1000, 10);
    await expect(cache.get('a', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(cache.size).toBe(0);
    expect(await cache.get('a', async () => 7)).toBe(7);
  });

  it('drops the oldest entry at its size limit', async () => {
    const cache = new TtlCache<string, string>(1000, 2);
    for (const k of ['a', 'b', 'c']) await cache.get(k, async () => k);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'again')).toBe('again');
    expect(await cache.get('c', async () => 'again')).toBe('c');
  });

  it('cachePer: one cache per owner', async () => {
    const of = cachePer<object, string, number>(1000, 10);
    const [x, y] = [{}, {}];
    await of(x).get('k', async () => 1);
    expect(await of(y).get('k', async () => 2)).toBe(2);
    expect(of(x)).toBe(of(x));
  });
});
