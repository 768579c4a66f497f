import { AppError } from '@congdoan/domain';

/** Hard limits on what an uploaded spreadsheet may contain; each breach is a clear, coded error. */
export type ReadLimits = {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  /** Zip: entries, total decompressed bytes, shared-strings bytes (kept in memory), ratio per entry. */
  maxEntries: number;
  maxUncompressedBytes: number;
  maxSharedStringsBytes: number;
  maxRatio: number;
};

export const defaultLimits: ReadLimits = {
  maxRows: 200_000,
  maxColumns: 200,
  maxCellChars: 2_000,
  maxEntries: 2_000,
  maxUncompressedBytes: 600 * 2 ** 20,
  maxSharedStringsBytes: 100 * 2 ** 20,
  maxRatio: 300,
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

export function cellTooLong(limits: ReadLimits, row: number, column: number): AppError {
  return new AppError('IMPORT_CELL_TOO_LONG', {
    cell: `${columnLetter(column)}${row}`,
    max: limits.maxCellChars.toLocaleString('vi-VN'),
  });
}
