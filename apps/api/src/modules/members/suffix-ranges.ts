// The sort_key ranges of "names ending with these words" ("nguyen thi hoa", "thi hoa"). sort_key is
// given → middle → family, each part's letters then its tone digits, so such a name is a key prefix
// except for the tones in between. The tones that occur are found by a skip scan of persons_sort
// (one index descent per distinct spelling), giving a handful of exact ranges to walk in order.
import type pg from 'pg';
import { givenRanges, partVariants, suffixSplits } from './search-terms';

type Db = pg.Pool | pg.PoolClient;
const MAX_RANGES = 400;

/** The distinct `prefix + tones` present in persons_sort for each prefix (a part's letters + '!'). */
async function withTones(db: Db, prefixes: string[]): Promise<string[]> {
  if (prefixes.length === 0) return [];
  const { rows } = await db.query<{ full: string }>(
    `WITH RECURSIVE c(p, k) AS (
       SELECT p, (SELECT sort_key FROM persons WHERE merged_into_id IS NULL
                     AND sort_key >= p AND sort_key < p || chr(127) ORDER BY sort_key LIMIT 1)
         FROM unnest($1::text[]) p
       UNION ALL
       SELECT c.p, (SELECT sort_key FROM persons WHERE merged_into_id IS NULL
                       AND sort_key >= c.p || split_part(substr(c.k, length(c.p) + 1), ' ', 1) || '!'
                       AND sort_key < c.p || chr(127) ORDER BY sort_key LIMIT 1)
         FROM c WHERE c.k IS NOT NULL)
     SELECT p || split_part(substr(k, length(p) + 1), ' ', 1) AS full FROM c WHERE k IS NOT NULL`,
    [prefixes],
  );
  return rows.map((r) => r.full);
}

/** Sorted, disjoint [from, to) ranges of sort_key holding exactly the names ending with `tokens`. */
export async function suffixRanges(db: Db, tokens: string[]): Promise<[string, string][] | null> {
  const given = givenRanges(tokens[tokens.length - 1]!);
  if (!given) return null;
  const givenParts = await withTones(
    db,
    given.map(([from]) => from),
  );
  // All splits' middle names in one skip scan, then the family names as fixed ranges.
  const splits = suffixSplits(tokens).map(({ family, middle }) => ({
    middles: partVariants(middle),
    families: family ? partVariants(family) : [null],
  }));
  const prefixes: string[] = [];
  for (const { middles, families } of splits) {
    if (!middles || !families) return null;
    prefixes.push(...givenParts.flatMap((g) => middles.map((m) => `${g} ${m}!`)));
    if (prefixes.length > MAX_RANGES) return null;
  }
  const middleParts = new Set(await withTones(db, prefixes));
  const ranges: [string, string][] = [];
  for (const { middles, families } of splits)
    for (const g of givenParts)
      for (const m of middles!)
        for (const mt of middleParts)
          if (mt.startsWith(`${g} ${m}!`) && !/[^0-9]/.test(mt.slice(g.length + m.length + 2)))
            for (const f of families!) ranges.push(f === null ? [`${mt} `, `${mt}!`] : [`${mt} ${f}!`, `${mt} ${f}"`]);
  if (ranges.length > MAX_RANGES) return null;
  // Splits can overlap (family unconstrained vs given): keep the outermost ranges only.
  ranges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: [string, string][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) {
      if (r[1] > last[1]) last[1] = r[1];
    } else out.push([r[0], r[1]]);
  }
  return out;
}
