import { AppError, applySavedMapping, detectHeader, type ImportEncoding, type ImportField } from '@congdoan/domain';
import { cellText, firstRows } from '../../kit/spreadsheet/open-spreadsheet';
import type { DecodedSpreadsheet } from '../../kit/spreadsheet/decoded-spreadsheet';

export type Detection = {
  sheetIndex: number;
  headerRow: number | null;
  dataStart: number | null;
  headers: string[];
  fields: (ImportField | null)[];
  sample: { rowNumber: number; cells: string[] }[];
  /** How the sheet's text was read (legacy encodings are converted before the header is looked for). */
  encoding: ImportEncoding;
};

const SCAN_ROWS = 30;

/**
 * Detect the header of one sheet, read in its encoding, and propose a mapping (a remembered one wins), or
 * IMPORT_NO_HEADER. `forced` is the user's encoding (kept in the result).
 */
export async function detectSheet(
  sheet: DecodedSpreadsheet,
  sheetIndex: number,
  saved: Record<string, ImportField | null> | null,
  forced?: ImportEncoding['forced'],
): Promise<Detection> {
  const info = sheet.sheets[sheetIndex];
  if (!info) throw new AppError('IMPORT_SHEET_NOT_FOUND');
  const rows = await firstRows(sheet, sheetIndex, SCAN_ROWS + 6);
  const text = rows.map((r) => r.cells.map(cellText));
  const found = detectHeader(text, SCAN_ROWS);
  const read = sheet.encodingOf(sheetIndex)!;
  if (!found) throw new AppError('IMPORT_NO_HEADER', { sheet: info.name });
  const headerRow = rows[found.headerRow]!.rowNumber;
  const dataStart = rows[found.dataStart]?.rowNumber ?? rows[found.dataStart - 1]!.rowNumber + 1;
  return {
    sheetIndex,
    headerRow,
    dataStart,
    headers: found.headers,
    fields: applySavedMapping(found, saved),
    sample: rows.slice(0, found.dataStart + 5).map((r) => ({ rowNumber: r.rowNumber, cells: r.cells.map(cellText) })),
    encoding: { found: read.found, forced: forced ?? null, columns: read.used.columns },
  };
}

/** The first visible sheet with a header (the template's instructions sheet comes first). */
export async function detectFirstSheet(
  sheet: DecodedSpreadsheet,
  saved: Record<string, ImportField | null> | null,
): Promise<Detection> {
  let first: unknown = null;
  const order = [...sheet.sheets].sort((a, b) => Number(a.hidden) - Number(b.hidden));
  for (const s of order) {
    try {
      return await detectSheet(sheet, s.index, saved);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'IMPORT_NO_HEADER') throw error;
      first ??= error;
    }
  }
  throw first ?? new AppError('IMPORT_EMPTY');
}
