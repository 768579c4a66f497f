// What the one search box of the member list was given: a name (words without diacritics), an
// identifier (CCCD, phone) or a card number — and, for names, how to match them against `sort_key`.
//
// Why sort_key: it holds the whole name (given → middle → family, letters coded, tones apart) and is
// the key of `persons_sort`, which also carries unit_id/status/gender/birth date. A name filter
// written over sort_key is therefore checked inside that index (index-only scan) while it is walked
// in Vietnamese order, and a given name is a contiguous range of it.
import { foldVietnamese, normalisePhone, sortKeyCodesOf } from '@congdoan/domain';

export type SearchTerms =
  | { kind: 'name'; tokens: string[] }
  | { kind: 'digits'; digits: string; phone: string | null }
  | { kind: 'card'; card: string };

const MAX_TOKENS = 6;

/** Classify the raw search text; null when nothing searchable is left. */
export function parseSearch(raw: string | undefined): SearchTerms | null {
  const q = raw?.normalize('NFC').trim();
  if (!q) return null;
  if (/^[+\d\s.\-()]+$/.test(q)) {
    const digits = q.replace(/^\+84/, '0').replace(/\D/g, '');
    if (!digits) return null;
    // 84… without the plus is a phone number in international form too
    const phone = normalisePhone(/^84\d{9}$/.test(digits) ? `+${digits}` : digits, { typed: true })?.value ?? null;
    return { kind: 'digits', digits, phone };
  }
  // Card numbers carry digits (pattern {FED}-{YYYY}-{SEQ}); names do not.
  if (/\d/.test(q)) return { kind: 'card', card: q.toUpperCase().replace(/\s+/g, '') };
  const tokens = foldVietnamese(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_TOKENS);
  return tokens.length ? { kind: 'name', tokens } : null;
}

const escape = (code: string) => (/[A-Za-z0-9]/.test(code) ? code : `\\${code}`);

/** The regular expression (PostgreSQL ARE) of one folded letter sequence over sort_key codes. */
function lettersRe(token: string): string {
  return [...token]
    .map((ch) => sortKeyCodesOf(ch))
    .filter((codes) => codes.length > 0)
    .map((codes) => (codes.length === 1 ? escape(codes[0]!) : `(?:${codes.map(escape).join('|')})`))
    .join('');
}

// In sort_key a word starts at the beginning, after ' ' (next name part) or '"' (next word of a
// part) and ends with '!' (end of the part's letters) or '"'.
/** sort_key contains `token` as a whole word (any part of the name). */
export const wordRe = (token: string) => `(?:^|[ "])${lettersRe(token)}[!"]`;
/** sort_key has a word starting with `token`. */
export const prefixRe = (token: string) => `(?:^|[ "])${lettersRe(token)}`;
/** The given name (first part of sort_key) is exactly `token`. */
export const givenRe = (token: string) => `^${lettersRe(token)}!`;

const MAX_VARIANTS = 48;

/**
 * The sort_key ranges [from, to) holding everyone whose given name is `token`: one per spelling
 * with diacritic letters ("hoa" → Hoa, Hơa, Hoă, … — most are empty), in key order. Null when the
 * word has too many spellings to walk range by range.
 */
export function givenRanges(token: string): [string, string][] | null {
  let variants = [''];
  for (const ch of token) {
    const codes = sortKeyCodesOf(ch);
    if (codes.length === 0) continue;
    variants = variants.flatMap((v) => codes.map((c) => v + c));
    if (variants.length > MAX_VARIANTS) return null;
  }
  if (variants[0] === '') return null;
  // '!' ends the given name's letters; '"' is the next byte, so [v!, v") is exactly that given name.
  return variants.sort().map((v) => [`${v}!`, `${v}"`]);
}

/** Every spelling (sort_key letters) of words read as one name part: words joined by '"'. */
export function partVariants(words: string[], max = MAX_VARIANTS): string[] | null {
  let variants = [''];
  for (const [i, word] of words.entries()) {
    if (i > 0) variants = variants.map((v) => `${v}"`);
    for (const ch of word) {
      const codes = sortKeyCodesOf(ch);
      variants = variants.flatMap((v) => codes.map((c) => v + c));
      if (variants.length > max) return null;
    }
  }
  return variants.sort();
}

/**
 * The ways to read the words as the end of a full name: the last is the given name, the words
 * before it the whole middle name, optionally preceded by the whole family name ("thi hoa" is
 * middle Thị + given Hoa, any family; or family Thi + no middle name + given Hoa).
 */
export function suffixSplits(tokens: string[]): { family: string[] | null; middle: string[] }[] {
  const rest = tokens.slice(0, -1);
  if (rest.length === 0) return [];
  return rest
    .map((_, k) => ({ family: k === 0 ? null : rest.slice(0, k), middle: rest.slice(k) }))
    .concat([{ family: rest, middle: [] }]);
}

const partRe = (words: string[]) => words.map(lettersRe).join('"');

/** sort_key of a name ending with the words (see suffixSplits), as one regular expression. */
export function suffixRe(tokens: string[]): string {
  const given = lettersRe(tokens[tokens.length - 1]!);
  const alternatives = suffixSplits(tokens).map(
    ({ family, middle }) => `${partRe(middle)}![0-9]*${family ? ` ${partRe(family)}![0-9]*$` : ' '}`,
  );
  return `^${given}![0-9]* (?:${alternatives.join('|')})`;
}

/**
 * A LIKE pattern every sort_key containing the word satisfies — its longest run of letters without
 * diacritic variants ("thi" → %ZLM%) — checked before the regular expressions, which cost far more
 * per entry of a long walk. Null when the run is shorter than two letters.
 */
export function wordLike(token: string): string | null {
  let best = '';
  let run = '';
  for (const ch of token) {
    const codes = sortKeyCodesOf(ch);
    run = codes.length === 1 ? run + codes[0]! : '';
    if (run.length > best.length) best = run;
  }
  return best.length >= 2 ? `%${best.replace(/[#_%]/g, '#$&')}%` : null;
}

/**
 * The ways to read the words as the start of a full name (family, then the start of the middle
 * name; any given name): "nguyen thi" → family Nguyễn, middle Thị…. Per split, the middle name's
 * spellings (sort_key letters) and a regular expression for the family name.
 */
export function prefixSplits(
  tokens: string[],
): { middles: string[]; familyRe: string; familyLike: string | null; re: string }[] {
  const out: { middles: string[]; familyRe: string; familyLike: string | null; re: string }[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const middles = partVariants(tokens.slice(k));
    if (!middles) continue;
    const family = partRe(tokens.slice(0, k));
    const like = wordLike(tokens[0]!);
    out.push({
      middles,
      familyRe: `^[^ ]+ [^ ]+ ${family}![0-9]*$`,
      familyLike: like,
      re: `^[^ ]+ ${partRe(tokens.slice(k))}[!"][^ ]* ${family}![0-9]*$`,
    });
  }
  return out;
}
