import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { encodeTcvn3, encodeVni } from '@congdoan/domain';
import { diskFileStore } from '../../../storage/file-store';
import { parseStored } from './bulk.queries';

// Item 7 of issue 14: the restructuring file goes through the same reader and encoding detection as a
// member list, so headers and new names typed in TCVN3 or VNI read as written.
describe('bulk restructuring file typed in a legacy font', () => {
  for (const [name, encode, font] of [
    ['TCVN3', encodeTcvn3, '.VnTime'],
    ['VNI', encodeVni, 'VNI-Times'],
  ] as const) {
    it(`reads ${name} headers, sheet name and new names as Unicode`, async () => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet(encode('Sắp xếp đơn vị'));
      ws.addRow(['Mã đơn vị', 'Mã cấp trên mới', 'Tên mới', 'Ngày hiệu lực'].map(encode));
      ws.addRow(['QT-0001', 'QT-10', encode('Công đoàn cơ sở Công ty Đông Hà'), '01/07/2026']);
      ws.addRow(['QT-0002', 'QT-10', encode('Nghiệp đoàn Xe ôm Hướng Hoá'), '01/07/2026']);
      ws.eachRow((row) => row.eachCell((cell) => (cell.font = { name: font })));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-bulk-'));
      try {
        const files = diskFileStore(dir);
        await files.put('test/2026-11/sap-xep.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
        const parsed = await parseStored(files, 'test/2026-11/sap-xep.xlsx');
        expect(parsed.conflicts).toEqual([]);
        expect(parsed.rows.map((r) => [r.unitCode, r.newParentCode, r.newName, r.effectiveOn])).toEqual([
          ['QT-0001', 'QT-10', 'Công đoàn cơ sở Công ty Đông Hà', '2026-07-01'],
          ['QT-0002', 'QT-10', 'Nghiệp đoàn Xe ôm Hướng Hoá', '2026-07-01'],
        ]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
