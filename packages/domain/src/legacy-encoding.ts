// Legacy Vietnamese encodings still found in old Excel files: TCVN3 (ABC, fonts .VnTime/.VnTimeH) and
// VNI (VNI-Times). Excel hands their bytes back as Windows-1252 characters, e.g. "NguyÔn V¨n §øc" (TCVN3)
// or "Nguyeãn Vaên Ñöùc" (VNI). We decode those strings to Unicode NFC, and detect them by asking
// which reading gives more well-formed Vietnamese syllables, so ordinary Unicode text is never touched.

export type LegacyEncoding = 'tcvn3' | 'vni';

const cp1252High: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};
/** The character Excel shows for a byte read as Windows-1252. */
const byteChar = (b: number) => String.fromCharCode(cp1252High[b] ?? b);

// TCVN3 byte → Unicode letter (the .VnTime table; .VnTimeH reuses the lower-case codes for capitals).
const tcvn3Table: [number, string][] = [
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xa8, 'ă'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xa9, 'â'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xae, 'đ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xaa, 'ê'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xab, 'ô'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xac, 'ơ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xad, 'ư'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
];
const tcvn3Decode = new Map(tcvn3Table.map(([b, u]) => [byteChar(b), u]));
const tcvn3Encode = new Map(tcvn3Table.map(([b, u]) => [u, byteChar(b)]));

// VNI: a base letter followed by a mark character; a few letters are single characters.
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const; // none, huyền, sắc, hỏi, ngã, nặng
const vniPlainTone = ['', 'ø', 'ù', 'û', 'õ', 'ï'];
const vniHatTone = ['â', 'à', 'á', 'å', 'ã', 'ä']; // â ê ô
const vniBreveTone = ['ê', 'è', 'é', 'ú', 'ü', 'ë']; // ă
const vniSingle: Record<string, string> = { ì: 'ì', í: 'í', ỉ: 'æ', ĩ: 'ó', ị: 'ò', ỵ: 'î', đ: 'ñ' };

function vniTable(): [string, string][] {
  const out: [string, string][] = [];
  const add = (unicodeLower: string, vniLower: string) => {
    out.push([unicodeLower.normalize('NFC'), vniLower]);
    out.push([unicodeLower.normalize('NFC').toUpperCase(), vniLower.toUpperCase()]);
  };
  tones.forEach((tone, t) => {
    for (const v of ['a', 'e', 'o', 'u', 'y', 'i']) {
      const u = (v + tone).normalize('NFC');
      if (t === 0) continue;
      if (v === 'i' || (v === 'y' && t === 5)) continue; // single characters below
      add(u, v + vniPlainTone[t]);
    }
    for (const v of ['a', 'e', 'o']) add(v + '\u0302' + tone, v + vniHatTone[t]);
    add('a\u0306' + tone, 'a' + vniBreveTone[t]);
    // ơ and ư are single characters (ô, ö) that take the plain tone marks.
    add('o\u031b' + tone, 'ô' + vniPlainTone[t]);
    add('u\u031b' + tone, 'ö' + vniPlainTone[t]);
  });
  for (const [u, v] of Object.entries(vniSingle)) add(u, v);
  return out;
}
const vniPairs = vniTable();
const vniDecode = new Map<string, string>();
for (const [u, v] of vniPairs) {
  vniDecode.set(v, u);
  // Capitals are often typed with a lower-case mark ("Aù"); read them too.
  if (v.length === 2 && v[0] !== v[0]!.toLowerCase()) vniDecode.set(v[0]! + v[1]!.toLowerCase(), u);
}
const vniEncode = new Map(vniPairs);
const vniPattern = new RegExp(
  [...vniDecode.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Non-ASCII characters that TCVN3 or VNI text contains; Unicode text made of others is never legacy. */
const legacyPattern = new RegExp(
  `[${[...new Set([...tcvn3Decode.keys(), ...[...vniDecode.keys()].flatMap((k) => [...k])])]
    .filter((c) => c.charCodeAt(0) > 127)
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
);

const tcvn3CapitalCodes = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].map((u) => tcvn3Encode.get(u)!));
const tcvn3Pattern = new RegExp(`[${[...tcvn3Decode.keys()].join('')}]`);

/**
 * Decode a TCVN3 string (as Excel shows it) to Unicode NFC. .VnTimeH has no capital codes: its capitals are
 * the lower-case codes. A cell is in one font, so it is read as .VnTimeH when no letter after a word's first
 * is lower-case and a converted word has a capital there: "NGUYÔN THÞ" is "NGUYỄN THỊ", "C¤NG TY Së" is
 * "CÔNG TY SỞ" although "Së" alone could be "Sở". Words without codes ("CCCD", "UBND") are capitals in
 * either font, so they only count against.
 */
export function decodeTcvn3(value: string): string {
  if (!tcvn3Pattern.test(value)) return value.normalize('NFC'); // most cells: nothing to convert
  const words = value.split(/(\s+)/);
  let lower = false;
  let upper = false;
  const coded = words.map((w) => {
    let hasCode = false;
    let capital = false;
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      const code = tcvn3Decode.has(c);
      hasCode ||= code;
      if (i === 0) continue;
      if (code) capital ||= tcvn3CapitalCodes.has(c);
      else if (c !== c.toUpperCase()) lower = true;
      else if (c !== c.toLowerCase()) capital = true;
    }
    upper ||= hasCode && capital;
    return hasCode;
  });
  const capitals = upper && !lower;
  return words
    .map((word, k) => {
      if (!coded[k]) return word;
      let out = '';
      for (const c of word) out += tcvn3Decode.get(c) ?? c;
      return capitals ? out.toUpperCase() : out;
    })
    .join('')
    .normalize('NFC');
}

export function encodeTcvn3(value: string): string {
  return [...value.normalize('NFC')].map((c) => tcvn3Encode.get(c) ?? tcvn3Encode.get(c.toLowerCase()) ?? c).join('');
}

export function decodeVni(value: string): string {
  return value.replace(vniPattern, (m) => vniDecode.get(m) ?? m).normalize('NFC');
}

export function encodeVni(value: string): string {
  return [...value.normalize('NFC')].map((c) => vniEncode.get(c) ?? c).join('');
}

// --- Detection: count syllables that are not well-formed Vietnamese. ---

const onsets = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|q|r|s|t|v|x';
const nuclei =
  'iêu|yêu|uyê|uya|uyu|ươi|ươu|uôi|oai|oay|oeo|uây|' +
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|' +
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';
// "oo" only in "xoong", "boong", "moóc": without its coda, "Voõ" would pass for VNI's "Võ".
const syllable = new RegExp(`^(?:${onsets})?(?:(?:${nuclei})(?:ch|nh|ng|c|m|n|p|t)?|oo(?:ng|c))$`);
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;
const toneSet = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
/** What a tone mark may follow once decomposed: a vowel, or the hat, breve or horn on one. */
const toneBearers = new Set([...'aeiouy', '\u0302', '\u0306', '\u031b']);

/** Whether one word (letters only) is a well-formed Vietnamese syllable written in a normal case pattern. */
export function isVietnameseSyllable(word: string): boolean {
  const w = word.normalize('NFC');
  const lower = w.toLowerCase();
  const casing = w === lower || w === w.toUpperCase() || w.slice(1) === lower.slice(1);
  if (!casing) return false;
  const decomposed = lower.normalize('NFD');
  // A tone mark sits on a vowel: "ñ" (VNI's đ) decomposes to n + tilde, which is not a ngã tone.
  const chars = [...decomposed];
  if (chars.some((c, i) => toneSet.has(c) && !toneBearers.has(chars[i - 1] ?? ''))) return false;
  const toneCount = decomposed.match(toneMarks)?.length ?? 0;
  if (toneCount > 1) return false;
  const base = decomposed.replace(toneMarks, '').normalize('NFC');
  return syllable.test(base);
}

export const hasNonAscii = (s: string) => [...s].some((c) => c.charCodeAt(0) > 127);

/** Whether a string has a character that TCVN3 or VNI text contains (no such character: never legacy). */
export const mayBeLegacy = (s: string) => legacyPattern.test(s);

/** Whether every word with a non-ASCII character is a well-formed Vietnamese syllable. */
export const isWellFormedText = (s: string) => badWords(s) === 0;

/** Number of words containing a non-ASCII character that are not well-formed syllables. */
function badWords(value: string): number {
  let bad = 0;
  for (const word of value.split(/[\s,.;:()/\\\-–"']+/)) {
    if (!word || !hasNonAscii(word)) continue;
    if (!/^\p{L}+$/u.test(word) || !isVietnameseSyllable(word)) bad++;
  }
  return bad;
}

/**
 * Detect TCVN3 or VNI text and return its Unicode NFC reading; `encoding` is null when the text is
 * already fine (every accented word is a well-formed syllable, or no reading is better).
 */
export function fixLegacyVietnamese(value: string): { text: string; encoding: LegacyEncoding | null } {
  const original = value.normalize('NFC');
  // Fast path (most cells): no character that either legacy encoding produces.
  if (!legacyPattern.test(original)) return { text: original, encoding: null };
  const before = badWords(original);
  if (before === 0) return { text: original, encoding: null };
  let best: { text: string; encoding: LegacyEncoding | null; bad: number } = {
    text: original,
    encoding: null,
    bad: before,
  };
  for (const [encoding, decode] of [
    ['vni', decodeVni],
    ['tcvn3', decodeTcvn3],
  ] as const) {
    const text = decode(original);
    const bad = badWords(text);
    if (text !== original && bad < best.bad) best = { text, encoding, bad };
  }
  return { text: best.text, encoding: best.encoding };
}
