import { AppError } from '@congdoan/domain';

/**
 * Hard limits on what an uploaded spreadsheet may contain; each breach is a clear, coded error. One set
 * for every upload (member import, bulk restructuring, …): what a reader holds at once is bounded by
 * maxXmlRunChars / maxLineChars (one token or line) plus the shared strings (maxSharedStringsChars).
 */
export type ReadLimits = {
  maxRows: number;
  /** A non-empty value right of this many columns is refused; empty (styled) cells there are ignored. */
  maxColumns: number;
  /** `<c>` elements (xlsx) or fields (CSV) in one pass over a sheet, empty ones included. */
  maxCells: number;
  maxCellChars: number;
  /** CSV: characters in one line (or one record); refused before it is split into fields. */
  maxLineChars: number;
  /** Zip: entries, total decompressed bytes, shared-strings XML bytes, ratio per entry. */
  maxEntries: number;
  maxUncompressedBytes: number;
  maxSharedStringsBytes: number;
  /** Characters of shared-string text kept in memory for the sheet pass. */
  maxSharedStringsChars: number;
  maxRatio: number;
  /** XML: characters between two '<' (one text node or one tag); the SAX parser buffers that much. */
  maxXmlRunChars: number;
};

export const defaultLimits: ReadLimits = {
  maxRows: 200_000,
  maxColumns: 200,
  // 200,000 rows × 30 cells; one pass is ≈ 20 µs per row, so this bounds CPU as well as size.
  maxCells: 6_000_000,
  maxCellChars: 2_000,
  maxLineChars: 64 * 1024,
  maxEntries: 2_000,
  maxUncompressedBytes: 600 * 2 ** 20,
  maxSharedStringsBytes: 64 * 2 ** 20,
  maxSharedStringsChars: 32 * 2 ** 20,
  maxRatio: 300,
  // Excel's longest cell is 32,767 characters; escaped (&amp; …) it stays under this.
  maxXmlRunChars: 256 * 1024,
};

export type Cell = string | number | boolean | null;
export type SheetRow = { rowNumber: number; cells: Cell[]; formulas?: number[] };
export type SheetInfo = { index: number; name: string; hidden: boolean };

/** "B" → 1, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function tooManyRows(limits: ReadLimits): AppError {
  return new AppError('IMPORT_TOO_MANY_ROWS', { max: limits.maxRows.toLocaleString('vi-VN') });
}

export function tooManyCells(limits: ReadLimits): AppError {
  return new AppError('IMPORT_TOO_MANY_CELLS', { max: limits.maxCells.toLocaleString('vi-VN') });
}

export function tooManyColumns(limits: ReadLimits, row: number, column: number): AppError {
  return new AppError('IMPORT_TOO_MANY_COLUMNS', { cell: `${columnLetter(column)}${row}`, max: limits.maxColumns });
}

export function lineTooLong(limits: ReadLimits, row: number): AppError {
  return new AppError('IMPORT_LINE_TOO_LONG', { row, max: limits.maxLineChars.toLocaleString('vi-VN') });
}

export function cellTooLong(limits: ReadLimits, row: number, column: number): AppError {
  return new AppError('IMPORT_CELL_TOO_LONG', {
    cell: `${columnLetter(column)}${row}`,
    max: limits.maxCellChars.toLocaleString('vi-VN'),
  });
}
