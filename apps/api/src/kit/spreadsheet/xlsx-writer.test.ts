import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { XlsxBook } from './xlsx-writer';
import { readXlsxBack, sheetXml } from '../../testing/xlsx-read-back';

describe('xlsx writer', () => {
  it('writes a printable table: title block, bold frozen filtered header, typed cells, fitted widths', async () => {
    const book = new XlsxBook();
    const sheet = book.sheet(
      'Đoàn viên',
      [
        { header: 'Họ và tên' },
        { header: 'Ngày sinh', kind: 'date' },
        { header: 'Số CCCD' },
        { header: 'Kinh phí (đồng)', kind: 'money' },
        { header: 'Thời gian', kind: 'datetime' },
        { header: 'Tỷ lệ', kind: 'percent' },
      ],
      {
        title: {
          unit: 'Công đoàn Công ty CP Thương mại Đông Hà',
          title: 'Danh sách đoàn viên',
          date: new Date('2026-12-05T20:00:00Z'),
        },
      },
    );
    sheet.add([
      'Nguyễn Thị Phương Thảo Nguyên',
      '1990-04-12',
      '045190001234',
      101_000_000,
      '2026-03-08T01:30:00Z',
      0.75,
    ]);
    sheet.add(['=HYPERLINK("http://evil","x")', null, '+84912', -1500, null, null]);
    sheet.note(['Tổng', null, null, { value: 100_998_500, kind: 'money' }]);
    const ws = (await readXlsxBack(await book.finish())).getWorksheet('Đoàn viên')!;

    expect(ws.getCell('A1').value).toBe('Công đoàn Công ty CP Thương mại Đông Hà');
    expect(ws.getCell('A2').value).toBe('Danh sách đoàn viên');
    expect(ws.getCell('A2').font.bold).toBe(true);
    // The date of the title is Vietnam's day (20:00 UTC on the 5th is the 6th in Hà Nội).
    expect(ws.getCell('A3').value).toBe('Ngày lập: 06/12/2026');

    const header = ws.getRow(5);
    expect(header.getCell(1).value).toBe('Họ và tên');
    expect(header.getCell(1).font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.autoFilter).toBe('A5:F7');

    const birth = ws.getCell('B6');
    expect(birth.type).toBe(ExcelJS.ValueType.Date);
    expect((birth.value as Date).toISOString()).toBe('1990-04-12T00:00:00.000Z');
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C6').value).toBe('045190001234');
    expect(ws.getCell('C6').numFmt).toBe('@');
    expect(ws.getCell('D6').value).toBe(101_000_000);
    expect(ws.getCell('D6').numFmt).toBe('#,##0');
    // 01:30 UTC is 08:30 in Vietnam: the cell shows the local wall time.
    expect((ws.getCell('E6').value as Date).toISOString()).toBe('2026-03-08T08:30:00.000Z');
    expect(ws.getCell('E6').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(ws.getCell('F6').numFmt).toBe('0.0%');
    expect(ws.getCell('D8').value).toBe(100_998_500);
    expect(ws.getCell('D8').numFmt).toBe('#,##0');

    // Formula-looking text is a plain string, no apostrophe, no formula.
    expect(ws.getCell('A7').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A7').value).toBe('=HYPERLINK("http://evil","x")');
    expect(ws.getCell('C7').value).toBe('+84912');

    // Widths follow the content: the long name is wider than its header, the money shows its separators.
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual('Nguyễn Thị Phương Thảo Nguyên'.length);
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual('101.000.000'.length);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(10);
  });

  it('stores no <f> element for hostile text, and streams a large sheet to a file', async () => {
    const file = path.join(os.tmpdir(), `xlsx-writer-${process.pid}.xlsx`);
    try {
      const book = new XlsxBook(file);
      const sheet = book.sheet('Lớn', [{ header: 'Giá trị' }, { header: 'Số', kind: 'integer' }]);
      for (let i = 0; i < 5_000; i++) sheet.add([i === 4_999 ? `=1+${'9'.repeat(80)}` : `Dòng ${i}`, i]);
      await book.finish();
      const body = await fs.promises.readFile(file);
      const xml = await sheetXml(body, 1);
      expect(xml).not.toContain('<f>');
      const ws = (await readXlsxBack(body)).worksheets[0]!;
      expect(ws.rowCount).toBe(5_001);
      expect(ws.autoFilter).toBe('A1:B5001');
      expect(ws.getCell('B5001').value).toBe(4_999);
      // Widths are fitted on the first rows and capped, so an overlong cell wraps rather than widening the sheet.
      expect(ws.getColumn(1).width).toBeLessThanOrEqual(60);
    } finally {
      await fs.promises.rm(file, { force: true });
    }
  });
});
