import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateImportRow } from '@congdoan/domain';
import { diskFileStore } from '../../storage/file-store';
import { detectFirstSheet } from './detect-sheet';
import { neutraliseCell } from './export/neutralise';
import { withSpreadsheet } from '../../kit/spreadsheet/open-spreadsheet';
import { decodedSpreadsheet } from '../../kit/spreadsheet/decoded-spreadsheet';
import { memberImportTemplate } from './template';

describe('template and neutralised cells', () => {
  it('the template reads back: its header maps every column and its example rows are valid', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-template-'));
    const files = diskFileStore(dir);
    await files.put('test/2026-11/mau.xlsx', await memberImportTemplate());
    const { detection, rows } = await withSpreadsheet(files, 'test/2026-11/mau.xlsx', 'xlsx', async (sheet) => {
      const d = await detectFirstSheet(decodedSpreadsheet(sheet), null);
      const all = [];
      for await (const r of sheet.rows(d.sheetIndex)) all.push(r);
      return { detection: d, rows: all };
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(detection).toMatchObject({ sheetIndex: 0, headerRow: 1, dataStart: 2 });
    expect(detection.fields.slice(1).every(Boolean)).toBe(true);
    for (const r of rows.slice(1)) {
      expect(validateImportRow(r.cells, detection.fields).errors).toEqual([]);
    }
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\t=x']) expect(neutraliseCell(v)).toBe(`'${v}`);
    expect(neutraliseCell('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(neutraliseCell(-2)).toBe(-2);
    expect(neutraliseCell(null)).toBeNull();
  });
});
