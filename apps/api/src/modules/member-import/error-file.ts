import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { importIssueMessage, type ImportIssue } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import { newFileKey, type FileStore } from '../../storage/file-store';
import type { ImportRecord } from './member-import.queries';
import { neutraliseCell } from './export/neutralise';

const BATCH = 5_000;

/**
 * The failing rows of an import as an .xlsx: the original cells, and the reasons in Vietnamese, so the
 * officer can fix them and import this file again. Streamed, in batches, whatever the count.
 */
export async function writeErrorFile(
  tx: Tx,
  files: FileStore,
  record: ImportRecord,
): Promise<{ fileKey: string; fileName: string }> {
  const tmp = path.join(os.tmpdir(), `congdoan-errors-${randomUUID()}.xlsx`);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet('Dòng lỗi');
  const width = Math.max(record.headers.length, 1);
  const header = sheet.addRow(['Dòng trong tệp gốc', ...record.headers.slice(0, width), 'Lỗi cần sửa']);
  header.font = { bold: true };
  header.commit();
  let after = 0;
  for (;;) {
    const { rows } = await tx.query<{ row_no: number; raw: unknown[]; errors: ImportIssue[] }>(
      `SELECT row_no, raw, errors FROM member_import_rows
        WHERE import_id = $1 AND has_errors AND row_no > $2 ORDER BY row_no LIMIT ${BATCH}`,
      [record.id, after],
    );
    for (const r of rows) {
      const cells = Array.from({ length: width }, (_, c) => neutraliseCell(r.raw[c] ?? null));
      sheet.addRow([r.row_no, ...cells, r.errors.map((e) => importIssueMessage(e, 'vi')).join('; ')]).commit();
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.row_no;
  }
  sheet.commit();
  await book.commit();
  const fileKey = newFileKey('import-errors', 'xlsx');
  try {
    await files.put(fileKey, fs.createReadStream(tmp));
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  const base = record.fileName.replace(/\.(xlsx|csv)$/i, '');
  return { fileKey, fileName: `${base} - dong loi.xlsx` };
}
