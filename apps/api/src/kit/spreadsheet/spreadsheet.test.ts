import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { AppError } from '@congdoan/domain';
import { diskFileStore } from '../../storage/file-store';
import { defaultLimits, type SheetRow } from './limits';
import { withSpreadsheet } from './open-spreadsheet';
import { detectDelimiter } from './csv-reader';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-sheet-test-'));
const files = diskFileStore(dir);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function store(data: Buffer, ext: string): Promise<string> {
  const key = `test/2026-11/f${++n}.${ext}`;
  await files.put(key, data);
  return key;
}

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return store(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
}

async function readAll(key: string, kind: 'xlsx' | 'csv', sheet = 0, limits = defaultLimits) {
  return withSpreadsheet(
    files,
    key,
    kind,
    async (s) => {
      const rows: SheetRow[] = [];
      for await (const r of s.rows(sheet)) rows.push(r);
      return { sheets: s.sheets, rows };
    },
    limits,
  );
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
}

describe('spreadsheet reader', () => {
  it('streams an .xlsx: several sheets, title block, shared and inline strings, numbers, formulas as cached values', async () => {
    const key = await xlsx((wb) => {
      wb.addWorksheet('Hướng dẫn').addRow(['Đọc kỹ trước khi nhập']);
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['DANH SÁCH ĐOÀN VIÊN']);
      ws.addRow([]);
      ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Tuổi']);
      ws.addRow([1, 'Nguyễn Thị Lan', 32874, { formula: '2026-1990', result: 36 }]);
      ws.addRow([2, { richText: [{ text: 'Trần ' }, { text: 'Văn B', font: { bold: true } }] }, '05/03/1990', null]);
      ws.mergeCells('A1:D1');
      const hidden = wb.addWorksheet('Ẩn');
      hidden.state = 'hidden';
    });
    const { sheets, rows } = await readAll(key, 'xlsx', 1);
    expect(sheets).toEqual([
      { index: 0, name: 'Hướng dẫn', hidden: false },
      { index: 1, name: 'Danh sách', hidden: false },
      { index: 2, name: 'Ẩn', hidden: true },
    ]);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5]);
    expect(rows[0]!.cells[0]).toBe('DANH SÁCH ĐOÀN VIÊN');
    expect(rows[2]).toEqual({ rowNumber: 4, cells: [1, 'Nguyễn Thị Lan', 32874, 36], formulas: [3] });
    expect(rows[3]!.cells.slice(0, 3)).toEqual([2, 'Trần Văn B', '05/03/1990']);
  });

  it('reads CSV in UTF-8 with a BOM and ; separators, and Windows-1258', async () => {
    const utf8 = await store(Buffer.from('\uFEFFHọ và tên;SĐT\r\n"Lê, Văn A";0912345678\r\n', 'utf8'), 'csv');
    const { rows } = await readAll(utf8, 'csv');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Họ và tên', 'SĐT'],
      ['Lê, Văn A', '0912345678'],
    ]);
    const cp1258 = await store(Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x2c, 0x41, 0x0a]), 'csv');
    expect((await readAll(cp1258, 'csv')).rows[0]!.cells).toEqual(['Nguyễn', 'A']);
    expect(detectDelimiter('a,b;c;d\n1;2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
  });

  it('refuses 1,000,000 rows quickly, at the limit', async () => {
    const big = await store(Buffer.from('Họ tên,SĐT\n' + 'Lan,1\n'.repeat(1_000_000)), 'csv');
    const started = Date.now();
    expect(await codeOf(readAll(big, 'csv'))).toBe('IMPORT_TOO_MANY_ROWS');
    expect(Date.now() - started).toBeLessThan(15_000);
    const key = await xlsx((wb) => {
      const ws = wb.addWorksheet('A');
      for (let i = 0; i < 30; i++) ws.addRow(['x', i]);
    });
    expect(await codeOf(readAll(key, 'xlsx', 0, { ...defaultLimits, maxRows: 20 }))).toBe('IMPORT_TOO_MANY_ROWS');
  });

  it('refuses a zip bomb (a 10 MB cell that compresses to almost nothing) before inflating it', async () => {
    const key = await xlsx((wb) => wb.addWorksheet('A').addRow(['a'.repeat(10 * 2 ** 20)]));
    expect(await codeOf(readAll(key, 'xlsx'))).toBe('IMPORT_ZIP_BOMB');
  });

  it('refuses an over-long cell with its address', async () => {
    const long = randomBytes(3000).toString('base64');
    const key = await xlsx((wb) => wb.addWorksheet('A').addRows([['Họ tên'], ['x'], [long]]));
    const error = await readAll(key, 'xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'IMPORT_CELL_TOO_LONG', details: { cell: 'A3' } });
    const csv = await store(Buffer.from(`a,b\n1,${long}\n`), 'csv');
    expect(await codeOf(readAll(csv, 'csv'))).toBe('IMPORT_CELL_TOO_LONG');
  });

  it('refuses a binary that is not a spreadsheet, and a zip that is not a workbook', async () => {
    expect(await codeOf(readAll(await store(randomBytes(4096), 'xlsx'), 'xlsx'))).toBe('IMPORT_NOT_SPREADSHEET');
    const truncated = Buffer.from(
      await (() => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('A').addRow(['x']);
        return wb.xlsx.writeBuffer();
      })(),
    ).subarray(0, 200);
    expect(await codeOf(readAll(await store(truncated, 'xlsx'), 'xlsx'))).toBe('IMPORT_NOT_SPREADSHEET');
    expect(await codeOf(readAll(await store(Buffer.from([0, 1, 2, 0, 5]), 'csv'), 'csv'))).toBe(
      'IMPORT_NOT_SPREADSHEET',
    );
  });

  it('reports a missing sheet', async () => {
    const key = await xlsx((wb) => wb.addWorksheet('A').addRow(['x']));
    expect(await codeOf(readAll(key, 'xlsx', 3))).toBe('IMPORT_SHEET_NOT_FOUND');
  });
});
