// Vietnamese personal names: family (họ), middle (tên đệm), given (tên). Lists sort by given name,
// then middle, then family, in Vietnamese alphabetical order with tones after the base letter.

export type NameParts = { familyName: string; middleName: string; givenName: string };

/** Two-word family names; with three or more words the first two are the family name. */
const compoundFamilyNames = new Set(
  ['tôn nữ', 'tôn thất', 'công tôn', 'âu dương', 'tư mã', 'hoàng phủ', 'gia cát', 'thượng quan'].map((n) =>
    n.normalize('NFC'),
  ),
);

/** NFC, single spaces, each word capitalised: "  NGUYỄN  thị lan " → "Nguyễn Thị Lan". */
export function normaliseName(value: string): string {
  return value
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

/** Split a full name: last word given, first word (or known two-word) family, the rest middle. */
export function splitName(fullName: string): NameParts {
  const words = normaliseName(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0]! };
  const familyWords =
    words.length >= 3 && compoundFamilyNames.has(`${words[0]} ${words[1]}`.toLocaleLowerCase('vi')) ? 2 : 1;
  return {
    familyName: words.slice(0, familyWords).join(' '),
    middleName: words.slice(familyWords, -1).join(' '),
    givenName: words[words.length - 1]!,
  };
}

export function joinName(parts: NameParts): string {
  return [parts.familyName, parts.middleName, parts.givenName]
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');
}

// Base letters in Vietnamese dictionary order (f j w z placed for foreign names).
const alphabet = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const letterCode = new Map(alphabet.map((l, i) => [l, String.fromCharCode(0x41 + i)]));
// Tones in dictionary order: level, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng).
const toneCode: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };
const letterMarks: Record<string, string> = { '\u0306': 'ă', '\u0302': '^', '\u031b': '+' };

/** Base letters and tone digits of one name part; unknown characters are skipped. */
function encodePart(part: string): string {
  let bases = '';
  let tones = '';
  for (const ch of part.normalize('NFC').toLocaleLowerCase('vi')) {
    if (ch === ' ') {
      bases += '"';
      continue;
    }
    const decomposed = ch.normalize('NFD');
    let base = decomposed[0]!;
    let tone = '0';
    for (const mark of decomposed.slice(1)) {
      if (toneCode[mark]) tone = toneCode[mark];
      else if (letterMarks[mark] === 'ă') base = 'ă';
      else if (letterMarks[mark] === '^') base = base === 'a' ? 'â' : base === 'e' ? 'ê' : base === 'o' ? 'ô' : base;
      else if (letterMarks[mark] === '+') base = base === 'o' ? 'ơ' : base === 'u' ? 'ư' : base;
    }
    const code = letterCode.get(base) ?? (/[0-9]/.test(base) ? base : undefined);
    if (code === undefined) continue;
    bases += code;
    tones += tone;
  }
  // '!' ends the letters so "An" < "Anh"; tones break ties only between equal letters.
  return `${bases}!${tones}`;
}

/**
 * Sort key comparing by given name, then middle, then family name, in Vietnamese order.
 * Pure ASCII: store it in a `COLLATE "C"` column so the database orders it byte-wise.
 */
export function vietnameseSortKey(parts: NameParts): string {
  return [parts.givenName, parts.middleName, parts.familyName].map(encodePart).join(' ');
}

/** Compare two names the Vietnamese way (for in-memory lists). */
export function compareVietnameseNames(a: NameParts, b: NameParts): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The sort-key codes a letter without diacritics stands for — "a" → [A, B, C] (a, ă, â), "d" → [F, G]
 * (d, đ) — so a search typed without diacritics can be matched against `sort_key` (see find-members).
 * Digits stand for themselves; any other character for nothing.
 */
export function sortKeyCodesOf(folded: string): string[] {
  if (/[0-9]/.test(folded)) return [folded];
  return alphabet
    .filter(
      (l) =>
        l
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace('đ', 'd') === folded,
    )
    .map((l) => letterCode.get(l)!);
}
