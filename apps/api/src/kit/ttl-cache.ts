/**
 * A small per-process cache of values that may be a little out of date (at most `ttlMs`): lookups that many
 * requests repeat and whose staleness cannot change an answer, only how it is computed. Concurrent misses of
 * one key share one load; a failed load is not kept. The oldest entry goes when `max` is reached.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { at: number; value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    if (hit) this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
    const value = load();
    const entry = { at: this.now(), value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One cache per key owner (a pool: two databases in one process never share entries). */
export function cachePer<O extends object, K, V>(ttlMs: number, max: number): (owner: O) => TtlCache<K, V> {
  const caches = new WeakMap<O, TtlCache<K, V>>();
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new TtlCache<K, V>(ttlMs, max)));
    return cache;
  };
}
