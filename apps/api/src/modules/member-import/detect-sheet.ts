import { AppError, applySavedMapping, detectHeader, type ImportField } from '@congdoan/domain';
import { cellText, firstRows, type Spreadsheet } from '../../kit/spreadsheet/open-spreadsheet';

export type Detection = {
  sheetIndex: number;
  headerRow: number | null;
  dataStart: number | null;
  headers: string[];
  fields: (ImportField | null)[];
  sample: { rowNumber: number; cells: string[] }[];
};

const SCAN_ROWS = 30;

/** Detect the header of one sheet and propose a mapping (a remembered one wins), or IMPORT_NO_HEADER. */
export async function detectSheet(
  sheet: Spreadsheet,
  sheetIndex: number,
  saved: Record<string, ImportField | null> | null,
): Promise<Detection> {
  const info = sheet.sheets[sheetIndex];
  if (!info) throw new AppError('IMPORT_SHEET_NOT_FOUND');
  const rows = await firstRows(sheet, sheetIndex, SCAN_ROWS + 6);
  const text = rows.map((r) => r.cells.map(cellText));
  const found = detectHeader(text, SCAN_ROWS);
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
  };
}

/** The first visible sheet with a header (the template's instructions sheet comes first). */
export async function detectFirstSheet(
  sheet: Spreadsheet,
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
