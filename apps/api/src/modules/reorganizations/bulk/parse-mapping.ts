import type { Readable } from 'node:stream';
import readline from 'node:readline';
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';
import { AppError, foldVietnamese, type BulkConflict } from '@congdoan/domain';
import { conflict } from './conflicts';

// exceljs depends on unzipper (untyped); its streaming Parse finds merged cells, which the exceljs
// streaming reader skips.
type ZipEntry = Readable & { path: string; autodrain: () => { promise: () => Promise<void> } };
const { Parse } = createRequire(import.meta.url)('unzipper') as {
  Parse: (opts: { forceStream: boolean }) => Duplex & AsyncIterable<ZipEntry>;
};

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

/** A cell as text: plain values, dates (ISO day), rich text and hyperlinks by their text. */
function cellText(cell: unknown): string {
  if (cell == null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (typeof cell === 'object') {
    const o = cell as { richText?: { text: string }[]; text?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return '';
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

  header(cells: unknown[], sheet: string): boolean {
    this.columns = cells.map((c) => (typeof c === 'string' ? headerField(c) : undefined));
    if (!this.columns.includes('unitCode') || !this.columns.includes('newParentCode')) {
      throw new AppError('BULK_SHEET_INVALID', { sheet, columns: templateColumns });
    }
    return true;
  }

  add(rowNumber: number, cells: unknown[]): void {
    if (this.rows.length >= MAX_ROWS) throw new AppError('BULK_TOO_MANY_ROWS', { max: MAX_ROWS });
    const values: Partial<Record<Field, string>> = {};
    let bad = false;
    this.columns.forEach((field, i) => {
      if (!field) return;
      const cell = cells[i];
      if (cell && typeof cell === 'object' && ('formula' in cell || 'sharedFormula' in cell)) {
        this.conflicts.push(conflict(rowNumber, field, 'ROW_FORMULA'));
        bad = true;
        return;
      }
      const clean = cellText(cell).normalize('NFC').trim();
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

/** RFC 4180-ish CSV line splitter (quotes, doubled quotes; a quoted field may not span lines). */
function splitCsv(line: string, separator: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

export async function parseCsv(stream: Readable): Promise<Parsed> {
  const builder = new RowBuilder();
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let separator = ',';
  try {
    for await (const raw of lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (n === 1) {
        separator = line.includes(';') && !line.includes(',') ? ';' : ',';
        builder.header(splitCsv(line, separator), 'CSV');
      } else if (line.trim()) builder.add(n, splitCsv(line, separator));
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  if (n === 0) throw new AppError('BULK_SHEET_INVALID', { sheet: 'CSV', columns: templateColumns });
  return { rows: builder.rows, conflicts: builder.conflicts };
}

/**
 * Stream an .xlsx with exceljs' WorkbookReader (constant memory), using the first worksheet whose
 * first row has the template's columns. Formulas are refused per cell; merged cells, which the
 * streaming reader does not report, are found by `findMergedCells` on a second pass.
 */
export async function parseXlsx(open: () => Readable): Promise<Parsed> {
  const builder = new RowBuilder();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(open(), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let found = false;
  let firstSheet: string | null = null;
  let headerError: AppError | null = null;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      firstSheet ??= name;
      let isHeader = true;
      let use = !found;
      for await (const row of sheet) {
        if (!use) continue;
        const cells = (row.values as unknown[]).slice(1);
        if (isHeader) {
          isHeader = false;
          try {
            builder.header(cells, name);
            found = true;
          } catch (error) {
            headerError ??= error as AppError;
            use = false;
          }
        } else builder.add(row.number, cells);
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BULK_FILE_UNREADABLE', { reason: 'tệp Excel bị hỏng hoặc không đúng định dạng .xlsx' });
  }
  if (!found)
    throw headerError ?? new AppError('BULK_SHEET_INVALID', { sheet: firstSheet ?? '', columns: templateColumns });
  for (const ref of await findMergedCells(open())) {
    const row = Number(/\d+/.exec(ref)?.[0] ?? 0);
    builder.conflicts.push(conflict(row, null, 'ROW_MERGED_CELL', { ref }));
  }
  return { rows: builder.rows, conflicts: builder.conflicts };
}

/** The ranges of merged cells in the workbook's sheets (`<mergeCell ref="B4:B5"/>`). */
async function findMergedCells(stream: Readable): Promise<string[]> {
  const refs: string[] = [];
  const zip = stream.pipe(Parse({ forceStream: true }));
  for await (const entry of zip) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.path)) {
      await entry.autodrain().promise();
      continue;
    }
    let tail = '';
    for await (const chunk of entry as AsyncIterable<Buffer>) {
      const text = tail + chunk.toString('utf8');
      for (const m of text.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) if (refs.length < 100) refs.push(m[1]!);
      tail = text.slice(-100); // a tag cut between chunks is matched next time (duplicates removed below)
    }
  }
  return [...new Set(refs)];
}
