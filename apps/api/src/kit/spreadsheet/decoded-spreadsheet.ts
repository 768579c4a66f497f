import {
  decodeAs,
  decodeRow,
  decodeSheetNames,
  detectSheetEncoding,
  type ImportEncoding,
  type SheetEncoding,
  type TextEncoding,
} from '@congdoan/domain';
import type { SheetRow } from './limits';
import type { Spreadsheet } from './open-spreadsheet';

/** Rows read ahead of the first one handed out, to decide a sheet's encoding on header and data together. */
export const ENCODING_SAMPLE_ROWS = 300;

export type DecodedSpreadsheet = Spreadsheet & {
  /**
   * How a sheet was read (`used`) and what detection found on its own (`found`), known once its rows have
   * started. With `known`, `found` is that encoding's too.
   */
  encodingOf: (sheetIndex: number) => { found: TextEncoding; used: SheetEncoding } | undefined;
};

/**
 * A spreadsheet whose sheet names and text cells come out as Unicode NFC, legacy encodings (TCVN3, VNI)
 * converted before anyone looks for a header. Each sheet's encoding is decided on its name and first
 * ENCODING_SAMPLE_ROWS rows (never cell by cell), unless `forced` (the user's choice) or `known` (what was
 * decided and shown earlier: a later pass must read the file the same way). Streams stay single-pass:
 * the sample rows are buffered, not read twice.
 */
export function decodedSpreadsheet(
  sheet: Spreadsheet,
  opts: { forced?: TextEncoding | null; known?: Record<number, SheetEncoding | null | undefined> } = {},
): DecodedSpreadsheet {
  const rawNames = sheet.sheets.map((s) => s.name);
  const names = decodeSheetNames(rawNames, opts.forced);
  const sheets = sheet.sheets.map((s, i) => ({ ...s, name: names[i]! }));
  const found = new Map<number, { found: TextEncoding; used: SheetEncoding }>();

  async function* rows(index: number): AsyncGenerator<SheetRow> {
    const it = sheet.rows(index)[Symbol.asyncIterator]();
    try {
      const sample: SheetRow[] = [];
      let next = await it.next();
      for (; !next.done && sample.length < ENCODING_SAMPLE_ROWS; next = await it.next()) sample.push(next.value);
      const rawName = rawNames[index] ?? '';
      const known = opts.known?.[index];
      const cells = known ? [] : sample.map((r) => r.cells);
      const detected = known ?? detectSheetEncoding(rawName, cells);
      const encoding = known ?? (opts.forced ? detectSheetEncoding(rawName, cells, opts.forced) : detected);
      found.set(index, { found: detected.detected, used: encoding });
      if (sheets[index]) sheets[index].name = decodeAs(rawName, encoding.detected);
      const decode = (r: SheetRow): SheetRow => ({ ...r, cells: decodeRow(r.cells, encoding) });
      for (const r of sample) yield decode(r);
      for (; !next.done; next = await it.next()) yield decode(next.value);
    } finally {
      await it.return?.(undefined);
    }
  }

  return { sheets, rows, mergedCells: (i) => sheet.mergedCells(i), encodingOf: (i) => found.get(i) };
}

/** A stored encoding as the reader takes it; none for records made before encodings were stored. */
export function readAs(stored: ImportEncoding): SheetEncoding | undefined {
  return stored.columns.length ? { detected: stored.forced ?? stored.found, columns: stored.columns } : undefined;
}
