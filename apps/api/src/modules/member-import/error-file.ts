import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { importIssueMessage, importResultLabels, type ImportIssue } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import { newFileKey, type FileStore } from '../../storage/file-store';
import type { ImportRecord } from './member-import.queries';
import { neutraliseCell } from './export/neutralise';

const BATCH = 5_000;

type Row = {
  row_no: number;
  raw: unknown[];
  errors: ImportIssue[];
  result: string | null;
  person_id: string | null;
  transfer_request_id: string | null;
};

/**
 * Rows of an import as an .xlsx, with the original cells. `errors` (after the check): the failing rows and
 * the reasons in Vietnamese, so the officer can fix them and import this file again. `result` (after the
 * commit): every row, what became of it, and the id of the person created or updated. Streamed, in
 * batches, whatever the count.
 */
export async function writeRowsFile(
  tx: Tx,
  files: FileStore,
  record: ImportRecord,
  kind: 'errors' | 'result',
): Promise<{ fileKey: string; fileName: string }> {
  const tmp = path.join(os.tmpdir(), `congdoan-rows-${randomUUID()}.xlsx`);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet(kind === 'errors' ? 'Dòng lỗi' : 'Kết quả nhập');
  const width = Math.max(record.headers.length, 1);
  const extra = kind === 'errors' ? ['Lỗi cần sửa'] : ['Kết quả', 'Mã người', 'Mã đề nghị chuyển', 'Lỗi'];
  const header = sheet.addRow(['Dòng trong tệp gốc', ...record.headers.slice(0, width), ...extra]);
  header.font = { bold: true };
  header.commit();
  let after = 0;
  for (;;) {
    const { rows } = await tx.query<Row>(
      `SELECT row_no, raw, errors, result, result_person_id AS person_id, transfer_request_id
         FROM member_import_rows
        WHERE import_id = $1 AND ${kind === 'errors' ? 'has_errors' : 'true'} AND row_no > $2
        ORDER BY row_no LIMIT ${BATCH}`,
      [record.id, after],
    );
    for (const r of rows) {
      const cells = Array.from({ length: width }, (_, c) => neutraliseCell(r.raw[c] ?? null));
      const reasons = r.errors.map((e) => importIssueMessage(e, 'vi')).join('; ');
      const tail =
        kind === 'errors'
          ? [reasons]
          : [
              importResultLabels[r.result ?? ''] ?? r.result,
              r.person_id ? Number(r.person_id) : null,
              r.transfer_request_id ? Number(r.transfer_request_id) : null,
              reasons,
            ];
      sheet.addRow([r.row_no, ...cells, ...tail]).commit();
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.row_no;
  }
  sheet.commit();
  await book.commit();
  const fileKey = newFileKey(kind === 'errors' ? 'import-errors' : 'import-results', 'xlsx');
  try {
    await files.put(fileKey, fs.createReadStream(tmp));
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  const base = record.fileName.replace(/\.(xlsx|csv)$/i, '');
  return { fileKey, fileName: `${base} - ${kind === 'errors' ? 'dong loi' : 'ket qua'}.xlsx` };
}
