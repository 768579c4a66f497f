// Tiers of a name search with words w1 … wn (folded), each in Vietnamese order:
//   S. the name ends with the words   ("thi hoa" → Nguyễn Thị Hoa; two words or more)
//   P. the name starts with them      ("nguyen thi" → Nguyễn Thị Anh, Nguyễn Thị Thu Hà; two or more)
//   0. every word is a word of the name, wn the given name ("hoa" → Lê Hòa; "thu hoa" → Phạm Thị Thu Hoa)
//   1. every word is a word of the name ("hoa" → Trần Hoa Mai; "nguyen van" → Nguyễn Văn Nam)
//   2. wn only starts a word          ("nguyen th" → Nguyễn Thị Hoa, Nguyễn Thanh Tùng)
// A precise query gets precise answers: tiers 0-1 of several words are shown only when no name ends
// with the words, and tier 2 (someone still typing, or a typo) only when nothing else matched.
// S and 0 are ranges of sort_key, walked in persons_sort. Tiers 0-2 read a bounded number of
// entries; when that does not fill the page, the tier is taken from its matching set instead
// (persons_name_words: people having all the words; trigrams for a word's start) and sorted.
import type pg from 'pg';
import { givenRanges, givenRe, prefixRe, prefixSplits, suffixRe, wordLike, wordRe } from './search-terms';
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
  name: 'S' | 'P' | '0' | '1' | '2';
  /** Tier P: for each given name in turn, ranges of the middle name's spellings (a skip scan). */
  starts?: { middles: string[]; familyRe: string; familyLike: string | null }[];
  /** Tier P: what rows in those ranges must not be (tier S). */
  notBefore?: Cond;
  /** Tiers of a later group are shown only when the earlier groups found nothing. */
  group: number;
  /** Its ranges hold exactly the tier (walked to the end, never taken as a set). */
  exact?: boolean;
  /** Taken from its matching set only, ordered by `rank` then name (tiers 0 + 1 of a rare name). */
  setOnly?: boolean;
  rank?: Cond;
  /** Look up the ranges in the database (tier S) before the tier is used. */
  resolve?: (db: pg.Pool | pg.PoolClient) => Promise<void>;
};

const match = (re: string) => (add: Add) => `p.sort_key ~ ${add(re)}`;
/** A whole word: the cheap LIKE first (conditions of equal cost are checked as written). */
const hasWord = (token: string) => (add: Add) => {
  const like = wordLike(token);
  return `${like ? `p.sort_key LIKE ${add(like)} ESCAPE '#' AND ` : ''}p.sort_key ~ ${add(wordRe(token))}`;
};
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
  const i = tiers.findIndex((t) => t.name === '0');
  if (tokens.length < 2 || i < 0) return tiers;
  const [t0, t1] = [tiers[i]!, tiers[i + 1]!];
  const merged: Tier = {
    name: '0',
    group: t0.group,
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
  const others = [...new Set(tokens.slice(0, -1))].map(hasWord);
  const given = givenRanges(last);
  const words = [...new Set(tokens)];
  const otherWords = [...new Set(tokens.slice(0, -1))];
  const lastLike = last.length >= 3 ? [`%${last}%`] : [];
  const tiers: Tier[] = [];
  const notSuffix: Cond[] = [];
  if (tokens.length > 1) {
    const suffix = match(suffixRe(tokens));
    const tier: Tier = {
      name: 'S',
      group: 0,
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
    // P. the name starts with the words: family, then the start of the middle name ("nguyen thi")
    const splits = prefixSplits(tokens);
    if (splits.length) {
      const startsRe = splits.map((x) => `(?:${x.re})`).join('|');
      tiers.push({
        name: 'P',
        group: 0,
        sql: and([match(startsRe), ...notSuffix]),
        ranges: null,
        inRanges: () => 'true',
        words,
        likes: [],
        starts: splits,
        notBefore: and(notSuffix.slice()),
      });
      notSuffix.push(noMatch(startsRe));
    }
  }
  const loose = tokens.length > 1 ? 1 : 0; // with several words, only when no name ends with them
  tiers.push(
    {
      name: '0',
      group: loose,
      sql: and([...others, match(givenRe(last)), ...notSuffix]),
      ranges: given,
      inRanges: and([...others, ...notSuffix]),
      words,
      likes: [],
    },
    {
      name: '1',
      group: loose,
      sql: and([...others, hasWord(last), noMatch(givenRe(last))]),
      ranges: null,
      inRanges: () => 'true',
      words,
      likes: [],
    },
  );
  tiers.push({
    name: '2',
    group: loose + 1,
    sql: and([...others, match(prefixRe(last)), noMatch(wordRe(last))]),
    ranges: null,
    inRanges: () => 'true',
    words: otherWords,
    likes: lastLike,
  });
  return { all: and([...others, match(prefixRe(last))]), tiers };
}
