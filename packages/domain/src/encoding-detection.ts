import { decodeTcvn3, decodeVni, isWellFormedText, mayBeLegacy } from './legacy-encoding';

// Which encoding a whole file, sheet or column was typed in, decided on all its text together (header row,
// data and sheet name), never cell by cell: a cell whose legacy bytes happen to spell valid Unicode words
// ("Hoà Thò" is VNI for "Hồ Thị") is only read right when the file around it says which encoding it is.

export const textEncodings = ['unicode', 'tcvn3', 'vni'] as const;
export type TextEncoding = (typeof textEncodings)[number];

/** A string as Unicode NFC, reading it in `encoding` (Unicode text is only normalised). */
export function decodeAs(value: string, encoding: TextEncoding): string {
  const nfc = value.normalize('NFC');
  if (encoding === 'tcvn3') return decodeTcvn3(nfc);
  if (encoding === 'vni') return decodeVni(nfc);
  return nfc;
}

/**
 * Evidence for each reading: `cost[e]` counts the words that reading leaves malformed, plus the words it
 * changes although they were already well-formed Unicode (a guess that may damage good text).
 * `words` counts the words that carry a character a legacy encoding uses (the only evidence there is).
 */
export type EncodingTally = { words: number; cost: Record<TextEncoding, number> };

export const emptyTally = (): EncodingTally => ({ words: 0, cost: { unicode: 0, tcvn3: 0, vni: 0 } });

/** Add one piece of text (a cell, a header, a sheet name) to a tally, word by word. */
export function tallyText(tally: EncodingTally, value: string): void {
  for (const word of value.normalize('NFC').split(/\s+/)) {
    if (!word || !mayBeLegacy(word)) continue;
    tally.words++;
    const unicodeOk = isWellFormedText(word);
    if (!unicodeOk) tally.cost.unicode++;
    for (const e of ['tcvn3', 'vni'] as const) {
      const decoded = decodeAs(word, e);
      if (!isWellFormedText(decoded) || (unicodeOk && decoded !== word)) tally.cost[e]++;
    }
  }
}

export function addTally(into: EncodingTally, from: EncodingTally): void {
  into.words += from.words;
  for (const e of textEncodings) into.cost[e] += from.cost[e];
}

/** The cheapest reading; on a tie Unicode first (ordinary text is never converted), then TCVN3, then VNI. */
export function bestEncoding(tally: EncodingTally): TextEncoding {
  let best: TextEncoding = 'unicode';
  for (const e of textEncodings) if (tally.cost[e] < tally.cost[best]) best = e;
  return best;
}

/** What one sheet was read as: the sheet's encoding, and each column's (equal to it unless mixed). */
export type SheetEncoding = { detected: TextEncoding; columns: TextEncoding[] };

// A column is read differently from its sheet only on clear evidence of its own (another font in one column).
const MIN_COLUMN_SAVING = 2;

/**
 * Detect the encoding of a sheet from its name and rows (header and data together), then per column: a
 * column goes its own way only when its own reading saves at least MIN_COLUMN_SAVING malformed words and a
 * third of its evidence. With `forced` (the user's choice), every column is read that way.
 */
export function detectSheetEncoding(
  name: string,
  rows: readonly (readonly unknown[])[],
  forced?: TextEncoding | null,
): SheetEncoding {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns = Array.from({ length: width }, emptyTally);
  const sheet = emptyTally();
  tallyText(sheet, name);
  for (const row of rows) {
    row.forEach((cell, c) => {
      if (typeof cell === 'string') tallyText(columns[c]!, cell);
    });
  }
  for (const col of columns) addTally(sheet, col);
  const detected = forced ?? bestEncoding(sheet);
  if (forced) return { detected, columns: columns.map(() => forced) };
  return {
    detected,
    columns: columns.map((col) => {
      const own = bestEncoding(col);
      const saving = col.cost[detected] - col.cost[own];
      return saving >= MIN_COLUMN_SAVING && saving * 3 >= col.words ? own : detected;
    }),
  };
}

/** A row's text cells read in their columns' encodings (other cells as they are). */
export function decodeRow<T>(cells: readonly T[], encoding: SheetEncoding): (T | string)[] {
  return cells.map((cell, c) =>
    typeof cell === 'string' ? decodeAs(cell, encoding.columns[c] ?? encoding.detected) : cell,
  );
}

/** Sheet names read together (one piece of evidence each is thin, all of a file's names are better). */
export function decodeSheetNames(names: string[], forced?: TextEncoding | null): string[] {
  const tally = emptyTally();
  for (const n of names) tallyText(tally, n);
  const e = forced ?? bestEncoding(tally);
  return names.map((n) => decodeAs(n, e));
}
