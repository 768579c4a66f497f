// Ranking of a name search. With words w1 … wn (folded), every match has w1 … w(n-1) as whole words
// of the name and wn as a whole word or the start of one; the tiers, shown in this order, are
//   0. wn is the given name          ("hoa" → Nguyễn Thị Hoa, Lê Hòa)
//   1. wn is another whole word      ("hoa" → Trần Hoa Mai)
//   2. wn only starts a word         ("hoa" → Hoàng Văn An, Nguyễn Thị Hoài)
// and each tier is in Vietnamese order. Tier 0 is a few ranges of sort_key (one per spelling).
import { givenRanges, givenRe, prefixRe, wordRe } from './search-terms';

type Add = (value: unknown) => string;

export type Tier = {
  /** The tier's condition over persons `p` (self-sufficient). */
  sql: (add: Add) => string;
  /** sort_key ranges holding the whole tier, in key order, when it is a given name. */
  ranges: [string, string][] | null;
  /** The condition left to check inside those ranges. */
  inRanges: (add: Add) => string;
};

const match = (re: string) => (add: Add) => `p.sort_key ~ ${add(re)}`;
const noMatch = (re: string) => (add: Add) => `p.sort_key !~ ${add(re)}`;
const and = (parts: ((add: Add) => string)[]) => (add: Add) =>
  parts.length ? parts.map((p) => p(add)).join(' AND ') : 'true';

export function nameTiers(tokens: string[]): { all: (add: Add) => string; tiers: Tier[] } {
  const last = tokens[tokens.length - 1]!;
  const others = [...new Set(tokens.slice(0, -1))].map((t) => match(wordRe(t)));
  return {
    all: and([...others, match(prefixRe(last))]),
    tiers: [
      { sql: and([...others, match(givenRe(last))]), ranges: givenRanges(last), inRanges: and(others) },
      { sql: and([...others, match(wordRe(last)), noMatch(givenRe(last))]), ranges: null, inRanges: () => 'true' },
      { sql: and([...others, match(prefixRe(last)), noMatch(wordRe(last))]), ranges: null, inRanges: () => 'true' },
    ],
  };
}
