import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatDateVN } from '@congdoan/domain';
import { mediaType } from '../media-types';

// The one way the product writes .xlsx, so every workbook looks like an office made it: a title block a
// person can print (unit, title, date), a bold frozen header with a filter, widths fitted to the content,
// real date cells shown dd/mm/yyyy, amounts with thousands separators, A4 fitted to the page width.
//
// Formula injection: every text is written as a string cell (exceljs never turns a string into a formula;
// only a value like { formula } becomes <f>), so "=HYPERLINK(...)" opens as the literal text, with no
// apostrophe shown. Text columns also carry the Text number format ("@"), so even if someone edits such a
// cell and presses Enter, Excel and LibreOffice keep it as text instead of evaluating it (and CCCD or
// phone numbers keep their leading zeros). The CSV writer, read by other tools, still prefixes a quote.

export const XLSX_CONTENT_TYPE = mediaType.xlsx;

/**
 * text: as is, Text format. date: 'yyyy-mm-dd' (or a Date) as a date cell. datetime: an instant shown in
 * Vietnam's time. money: đồng, #,##0. integer: #,##0. decimal: #,##0.0#. percent: a ratio 0..1 as 0.0%.
 * general: as given (the original cells of an uploaded file).
 */
export type XlsxKind = 'text' | 'date' | 'datetime' | 'money' | 'integer' | 'decimal' | 'percent' | 'general';
export type XlsxColumn = { header: string; kind?: XlsxKind; /** widest allowed, in characters */ maxWidth?: number };
export type XlsxValue = string | number | boolean | Date | null | undefined;
/** A cell whose kind differs from its column's (a label/value sheet). */
export type XlsxCell = XlsxValue | { value: XlsxValue; kind: XlsxKind };
/** Printed above the table: the issuing unit, the title, the date the data is of. */
export type XlsxTitle = { unit: string; title: string; date: Date };

export const numFmts: Record<XlsxKind, string | undefined> = {
  text: '@',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  money: '#,##0',
  integer: '#,##0',
  decimal: '#,##0.0#',
  percent: '0.0%',
  general: undefined,
};

const VN_OFFSET_MS = 7 * 3600_000;

// One style object per kind, shared by every cell: exceljs caches a style's id by object identity, so a
// shared object costs one lookup, where a fresh one per cell (its default) is serialised and hashed each time.
const styles = new Map<string, Partial<ExcelJS.Style>>();
function cellStyle(kind: XlsxKind, wrap: boolean): Partial<ExcelJS.Style> {
  const key = `${kind}${wrap ? '+wrap' : ''}`;
  let style = styles.get(key);
  if (!style) {
    const numFmt = numFmts[kind];
    style = {
      ...(numFmt ? { numFmt } : {}),
      ...(wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
    };
    styles.set(key, style);
  }
  return style;
}
/** Rows held before the column widths are fixed (a streamed sheet writes its columns before its rows). */
const SAMPLE_ROWS = 2_000;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** A value as the cell exceljs should write (exceljs writes a Date's UTC wall time as the serial). */
export function cellValue(value: XlsxValue, kind: XlsxKind): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'date') {
    if (value instanceof Date) return value;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
      return new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return String(value);
  }
  if (kind === 'datetime') {
    const instant = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    // Excel has no time zones: the cell holds Vietnam's wall-clock time.
    return instant && !Number.isNaN(instant.getTime()) ? new Date(instant.getTime() + VN_OFFSET_MS) : String(value);
  }
  if (kind === 'money' || kind === 'integer' || kind === 'decimal' || kind === 'percent') {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return String(value);
  }
  if (kind === 'text') return typeof value === 'string' ? value : String(value);
  return value;
}

/** How wide a value shows, in characters (what Excel's column width counts). */
function shownWidth(value: ExcelJS.CellValue, kind: XlsxKind): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return kind === 'datetime' ? 16 : 10;
  if (typeof value === 'number') {
    if (kind === 'percent') return 6;
    const digits = String(Math.trunc(Math.abs(value))).length;
    return digits + Math.floor((digits - 1) / 3) + (value < 0 ? 1 : 0) + (kind === 'decimal' ? 3 : 0);
  }
  const text = typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : '';
  return Math.max(...text.split('\n').map((l) => l.length));
}

function split(cell: XlsxCell, columnKind: XlsxKind): { value: XlsxValue; kind: XlsxKind } {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date)
    ? cell
    : { value: cell, kind: columnKind };
}

/** One sheet: rows are held until the widths are known, then streamed. */
export class XlsxSheet {
  private held: { values: ExcelJS.CellValue[]; kinds: XlsxKind[]; free: boolean }[] = [];
  private widths: number[];
  private flushed = false;
  private readonly headerRow: number;
  /** The last row of the table proper (notes below it stay outside the filter). */
  lastTableRow: number;

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly columns: XlsxColumn[],
    private readonly title: XlsxTitle | undefined,
  ) {
    this.widths = columns.map((c) => Math.min(longestWord(c.header) + 2, c.maxWidth ?? MAX_WIDTH));
    this.headerRow = title ? 5 : 1;
    this.lastTableRow = this.headerRow;
  }

  /** A row of the table. */
  add(cells: XlsxCell[]): void {
    this.hold(cells, false);
  }

  /** A row below the table (totals, notes): same columns, not bold, outside the filter. */
  note(cells: XlsxCell[]): void {
    this.hold(cells, true);
  }

  private hold(cells: XlsxCell[], free: boolean): void {
    const kinds: XlsxKind[] = [];
    const values = cells.map((c, i) => {
      const { value, kind } = split(c, this.columns[i]?.kind ?? 'text');
      kinds.push(kind);
      const v = cellValue(value, kind);
      if (!this.flushed && !free && i < this.widths.length)
        this.widths[i] = Math.max(
          this.widths[i]!,
          Math.min(shownWidth(v, kind) + 2, this.columns[i]!.maxWidth ?? MAX_WIDTH),
        );
      return v;
    });
    this.held.push({ values, kinds, free });
    if (this.held.length >= SAMPLE_ROWS) this.flush();
  }

  private start(): void {
    const { ws, columns, title } = this;
    ws.columns = columns.map((c, i) => ({
      width: Math.max(MIN_WIDTH, this.widths[i]!),
      style: numFmts[c.kind ?? 'text'] ? { numFmt: numFmts[c.kind ?? 'text']! } : {},
    }));
    if (title) {
      const last = columns.length;
      const unit = ws.getRow(1);
      unit.getCell(1).value = title.unit;
      unit.font = { bold: true, size: 12 };
      unit.commit();
      ws.mergeCells(2, 1, 2, Math.max(last, 1));
      const heading = ws.getRow(2);
      heading.getCell(1).value = title.title;
      heading.font = { bold: true, size: 14 };
      heading.alignment = { horizontal: 'center', wrapText: true };
      heading.height = 22;
      heading.commit();
      const date = ws.getRow(3);
      date.getCell(1).value = `Ngày lập: ${formatDateVN(title.date)}`;
      date.font = { italic: true };
      date.commit();
      ws.getRow(4).commit();
    }
    const header = ws.getRow(this.headerRow);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.numFmt = 'General';
      cell.font = { bold: true };
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
  }

  /** Fix the widths (once) and write what is held. */
  flush(): void {
    if (!this.flushed) {
      this.start();
      this.flushed = true;
    }
    for (const row of this.held) {
      const r = this.ws.addRow(row.values);
      if (!row.free) this.lastTableRow = r.number;
      row.kinds.forEach((kind, i) => {
        // Long text wraps instead of running under the next column.
        const wrap = typeof row.values[i] === 'string' && row.values[i].length > (this.widths[i] ?? MAX_WIDTH);
        r.getCell(i + 1).style = cellStyle(kind, wrap);
      });
      r.commit();
    }
    this.held = [];
  }

  get tableHeaderRow(): number {
    return this.headerRow;
  }
}

const longestWord = (s: string) => Math.max(...s.split(/\s+/).map((w) => w.length), Math.ceil(s.length / 2));

/**
 * A workbook written through exceljs' streaming writer (to a file, or to memory for small ones).
 * `sheet()` one at a time; `finish()` writes it out.
 */
export class XlsxBook {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheets: { sheet: XlsxSheet; ws: ExcelJS.Worksheet; columns: number }[] = [];
  private readonly chunks: Buffer[] = [];
  /** In memory: every byte has been read once the stream has ended (its 'finish' can come before the last 'data'). */
  private ended: Promise<void> = Promise.resolve();

  constructor(file?: string) {
    const options = { useSharedStrings: false, useStyles: true };
    if (file) this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ ...options, filename: file });
    else {
      const stream = new PassThrough();
      stream.on('data', (c: Buffer) => this.chunks.push(c));
      this.ended = new Promise((resolve, reject) => {
        stream.once('end', resolve);
        stream.once('error', reject);
      });
      this.ended.catch(() => undefined); // reported by finish(), not as an unhandled rejection
      this.book = new ExcelJS.stream.xlsx.WorkbookWriter({ ...options, stream });
    }
    this.book.creator = 'Công Đoàn Số';
  }

  sheet(name: string, columns: XlsxColumn[], options: { title?: XlsxTitle } = {}): XlsxSheet {
    this.closeLast();
    const headerRow = options.title ? 5 : 1;
    const ws = this.book.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
      pageSetup: {
        paperSize: 9,
        orientation: columns.length > 6 ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: 'Trang &P/&N' },
    });
    const sheet = new XlsxSheet(ws, columns, options.title);
    this.sheets.push({ sheet, ws, columns: columns.length });
    return sheet;
  }

  private closeLast(): void {
    const last = this.sheets[this.sheets.length - 1];
    if (!last) return;
    last.sheet.flush();
    const row = last.sheet.tableHeaderRow;
    if (last.columns > 0)
      last.ws.autoFilter = {
        from: { row, column: 1 },
        to: { row: last.sheet.lastTableRow, column: last.columns },
      };
    (last.ws as unknown as { commit: () => void }).commit();
  }

  /** Write the workbook; the bytes when it was written to memory. */
  async finish(): Promise<Buffer> {
    this.closeLast();
    await this.book.commit();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}
