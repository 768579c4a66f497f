import type { Readable } from 'node:stream';
import { AppError, excelSerialToDate, foldVietnamese, type BulkConflict } from '@congdoan/domain';
import { csvSpreadsheet, type Spreadsheet } from '../../../kit/spreadsheet/open-spreadsheet';
import { decodedSpreadsheet } from '../../../kit/spreadsheet/decoded-spreadsheet';
import type { Cell } from '../../../kit/spreadsheet/limits';
import { conflict } from './conflicts';

// The mapping file is read by the shared spreadsheet reader (kit/spreadsheet) with its limits, its text
// decoded like a member list's (TCVN3 / VNI per sheet, before the header is looked for); this file only
// turns rows into mapping rows and conflicts.

export const MAX_ROWS = 20_000;

/** One data row of a mapping file: unit code → new parent code, optional new name/kind/date/close. */
export type MappingRow = {
  row: number;
  unitCode: string;
  newParentCode: string | null;
  newName: string | null;
  newKind: string | null;
  effectiveOn: string | null;
  close: boolean;
};

type Field = 'unitCode' | 'newParentCode' | 'newName' | 'newKind' | 'effectiveOn' | 'close';
// Header names, folded (no diacritics, lower case, "_" for spaces): Vietnamese or English.
const headerAliases: Record<string, Field> = {
  ma_don_vi: 'unitCode',
  unit_code: 'unitCode',
  ma_cap_tren_moi: 'newParentCode',
  ma_don_vi_cap_tren_moi: 'newParentCode',
  new_parent_code: 'newParentCode',
  ten_moi: 'newName',
  new_name: 'newName',
  loai_moi: 'newKind',
  new_kind: 'newKind',
  ngay_hieu_luc: 'effectiveOn',
  effective_date: 'effectiveOn',
  giai_the: 'close',
  close: 'close',
};
export const templateColumns = 'ma_don_vi, ma_cap_tren_moi, ten_moi, loai_moi, ngay_hieu_luc, giai_the';

function headerField(value: string): Field | undefined {
  return headerAliases[
    foldVietnamese(value.normalize('NFC'))
      .trim()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
  ];
}

// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u001f\u007f]/g;

/** A cell as text (rich text already joined by the reader). */
function cellText(cell: Cell | undefined): string {
  return cell == null ? '' : String(cell);
}

/** dd/mm/yyyy (or yyyy-mm-dd) → ISO, or null when invalid. */
export function parseDate(value: string): string | null {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

export type Parsed = { rows: MappingRow[]; conflicts: BulkConflict[] };

/** Turns raw cells into rows, recording a conflict per bad cell (row numbers as the person sees them). */
class RowBuilder {
  readonly rows: MappingRow[] = [];
  readonly conflicts: BulkConflict[] = [];
  private columns: (Field | undefined)[] = [];

  header(cells: Cell[], sheet: string): boolean {
    this.columns = cells.map((c) => (typeof c === 'string' ? headerField(c) : undefined));
    if (!this.columns.includes('unitCode') || !this.columns.includes('newParentCode')) {
      throw new AppError('BULK_SHEET_INVALID', { sheet, columns: templateColumns });
    }
    return true;
  }

  add(rowNumber: number, cells: Cell[], formulas: number[] = []): void {
    if (this.rows.length >= MAX_ROWS) throw new AppError('BULK_TOO_MANY_ROWS', { max: MAX_ROWS });
    const values: Partial<Record<Field, string>> = {};
    let bad = false;
    this.columns.forEach((field, i) => {
      if (!field) return;
      const cell = cells[i];
      if (formulas.includes(i)) {
        this.conflicts.push(conflict(rowNumber, field, 'ROW_FORMULA'));
        bad = true;
        return;
      }
      // A date typed in Excel arrives as its serial number.
      const serial = field === 'effectiveOn' && typeof cell === 'number' ? excelSerialToDate(cell) : null;
      const clean = (serial ?? cellText(cell)).normalize('NFC').trim();
      // Values are only ever text here (never evaluated); control characters become spaces.
      if (clean) values[field] = clean.replace(controlChars, ' ');
    });
    if (Object.keys(values).length === 0 && !bad) return; // blank line
    if (bad) return;
    if (!values.unitCode) {
      this.conflicts.push(conflict(rowNumber, 'unitCode', 'ROW_REQUIRED'));
      return;
    }
    let effectiveOn: string | null = null;
    if (values.effectiveOn) {
      effectiveOn = parseDate(values.effectiveOn);
      if (!effectiveOn) {
        this.conflicts.push(conflict(rowNumber, 'effectiveOn', 'ROW_INVALID_DATE', { value: values.effectiveOn }));
        return;
      }
    }
    this.rows.push({
      row: rowNumber,
      unitCode: values.unitCode.slice(0, 40),
      newParentCode: values.newParentCode?.slice(0, 40) ?? null,
      newName: values.newName?.slice(0, 300) ?? null,
      newKind: values.newKind?.slice(0, 40) ?? null,
      effectiveOn,
      close: /^(x|co|1|true|yes)$/.test(foldVietnamese(values.close ?? '')),
    });
  }
}

/** The reader's "not a spreadsheet" in the bulk page's words; every other limit keeps its own code. */
export function bulkReadError(error: unknown): unknown {
  return error instanceof AppError && error.code === 'IMPORT_NOT_SPREADSHEET'
    ? new AppError('BULK_FILE_UNREADABLE', { reason: 'tệp bị hỏng hoặc không đúng định dạng .xlsx/.csv' })
    : error;
}

/**
 * The mapping in a spreadsheet: the first sheet whose first row has the template's columns. Formulas are
 * refused per cell, merged cells per range (found by the reader after the sheet's rows).
 */
export async function parseMapping(sheet: Spreadsheet): Promise<Parsed> {
  const builder = new RowBuilder();
  let headerError: AppError | null = null;
  for (const info of sheet.sheets) {
    let found = false;
    for await (const row of sheet.rows(info.index)) {
      if (found) builder.add(row.rowNumber, row.cells, row.formulas);
      else {
        try {
          found = builder.header(row.cells, info.name);
        } catch (error) {
          headerError ??= error as AppError;
          break;
        }
      }
    }
    if (!found) continue;
    for (const ref of sheet.mergedCells(info.index)) {
      const row = Number(/\d+/.exec(ref)?.[0] ?? 0);
      builder.conflicts.push(conflict(row, null, 'ROW_MERGED_CELL', { ref }));
    }
    return { rows: builder.rows, conflicts: builder.conflicts };
  }
  throw (
    headerError ?? new AppError('BULK_SHEET_INVALID', { sheet: sheet.sheets[0]?.name ?? '', columns: templateColumns })
  );
}

/** A mapping CSV from a stream (the stored file, or a script's). */
export async function parseCsv(stream: Readable): Promise<Parsed> {
  try {
    return await parseMapping(decodedSpreadsheet(csvSpreadsheet(stream)));
  } catch (error) {
    throw bulkReadError(error);
  }
}
