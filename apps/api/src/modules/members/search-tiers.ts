// Ranking of a name search. With words w1 … wn (folded), a match has every word as a whole word of
// the name, ranked in this order (each tier in Vietnamese order):
//   S. the name ends with the words   ("thi hoa" → Nguyễn Thị Hoa; only with two words or more)
//   0. wn is the given name          ("hoa" → Nguyễn Thị Hoa, Lê Hòa; "thi hoa" → Phạm Thị Thu Hoa)
//   1. wn is another word            ("hoa" → Trần Hoa Mai; "nguyen van" → Nguyễn Văn Nam)
// Only when nothing matches so, the last word may be the start of a word (someone still typing, or
// a typo):
//   2. wn only starts a word         ("nguyen th" → Nguyễn Thị Hoa, Nguyễn Thanh Tùng)
// S and 0 are ranges of sort_key, walked in persons_sort. Tiers 0-2 read a bounded number of
// entries; when that does not fill the page, the tier is taken from its matching set instead
// (persons_name_words: people having all the words; trigrams for a word's start) and sorted.
import type pg from 'pg';
import { givenRanges, givenRe, prefixRe, suffixRe, wordRe } from './search-terms';
import { suffixRanges } from './suffix-ranges';

type Add = (value: unknown) => string;
type Cond = (add: Add) => string;

export type Tier = {
  /** The tier's condition over persons `p` (self-sufficient). */
  sql: Cond;
  /** sort_key ranges holding the whole tier, in key order; null: walk the whole index. */
  ranges: [string, string][] | null;
  /** The condition left to check inside those ranges. */
  inRanges: Cond;
  /** Folded words every match has (persons_name_words) and LIKE patterns it satisfies (trigram
   * index): the matching set, when the tier is too sparse to walk. */
  words: string[];
  likes: string[];
  /** Shown only when the tiers before it found nothing. */
  fallback?: boolean;
  /** Its ranges hold exactly the tier (walked to the end, never taken as a set). */
  exact?: boolean;
  /** Taken from its matching set only, ordered by `rank` then name (tiers 0 + 1 of a rare name). */
  setOnly?: boolean;
  rank?: Cond;
  /** Look up the ranges in the database (tier S) before the tier is used. */
  resolve?: (db: pg.Pool | pg.PoolClient) => Promise<void>;
};

const match = (re: string) => (add: Add) => `p.sort_key ~ ${add(re)}`;
const noMatch = (re: string) => (add: Add) => `p.sort_key !~ ${add(re)}`;
const and =
  (parts: Cond[]): Cond =>
  (add) =>
    parts.length ? parts.map((p) => p(add)).join(' AND ') : 'true';

/**
 * Tiers 0 and 1 of several words as one tier over their common matching set (people having all
 * the words), ranked given name first: for names rare enough to sort the set (see find-members).
 */
export function mergedTier(tokens: string[], tiers: Tier[]): Tier[] {
  const last = tokens[tokens.length - 1]!;
  const i = tiers.findIndex((t) => !t.exact && !t.resolve && !t.fallback);
  if (tokens.length < 2 || i < 0) return tiers;
  const [t0, t1] = [tiers[i]!, tiers[i + 1]!];
  const merged: Tier = {
    sql: (add) => `((${t0.sql(add)}) OR (${t1.sql(add)}))`,
    ranges: null,
    inRanges: () => 'true',
    words: t0.words,
    likes: [],
    setOnly: true,
    rank: (add) => `CASE WHEN p.sort_key ~ ${add(givenRe(last))} THEN 0 ELSE 1 END`,
  };
  return [...tiers.slice(0, i), merged, ...tiers.slice(i + 2)];
}

export function nameTiers(tokens: string[]): { all: Cond; tiers: Tier[] } {
  const last = tokens[tokens.length - 1]!;
  const others = [...new Set(tokens.slice(0, -1))].map((t) => match(wordRe(t)));
  const given = givenRanges(last);
  const words = [...new Set(tokens)];
  const otherWords = [...new Set(tokens.slice(0, -1))];
  const lastLike = last.length >= 3 ? [`%${last}%`] : [];
  const tiers: Tier[] = [];
  const notSuffix: Cond[] = [];
  if (tokens.length > 1) {
    const suffix = match(suffixRe(tokens));
    const tier: Tier = {
      sql: suffix,
      ranges: given,
      inRanges: suffix,
      words,
      likes: [],
      resolve: async (db) => {
        const exact = await suffixRanges(db, tokens);
        if (exact) Object.assign(tier, { ranges: exact, inRanges: () => 'true', exact: true, resolve: undefined });
      },
    };
    tiers.push(tier);
    notSuffix.push(noMatch(suffixRe(tokens)));
  }
  tiers.push(
    {
      sql: and([...others, match(givenRe(last)), ...notSuffix]),
      ranges: given,
      inRanges: and([...others, ...notSuffix]),
      words,
      likes: [],
    },
    {
      sql: and([...others, match(wordRe(last)), noMatch(givenRe(last))]),
      ranges: null,
      inRanges: () => 'true',
      words,
      likes: [],
    },
  );
  tiers.push({
    sql: and([...others, match(prefixRe(last)), noMatch(wordRe(last))]),
    ranges: null,
    inRanges: () => 'true',
    words: otherWords,
    likes: lastLike,
    fallback: true,
  });
  return { all: and([...others, match(prefixRe(last))]), tiers };
}
