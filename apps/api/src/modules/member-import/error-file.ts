import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { importIssueMessage, type ImportIssue } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import { newFileKey, type FileStore } from '../../storage/file-store';
import type { ImportRecord } from './member-import.queries';
import { XlsxBook, type XlsxCell } from '../../kit/spreadsheet/xlsx-writer';

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
  // No title block: the officer fixes this file and imports it again, so its header stays on row 1.
  const book = new XlsxBook(tmp);
  const width = Math.max(record.headers.length, 1);
  const sheet = book.sheet('Dòng lỗi', [
    { header: 'Dòng trong tệp gốc', kind: 'integer' },
    ...Array.from({ length: width }, (_, c) => ({ header: record.headers[c] ?? '', kind: 'general' as const })),
    { header: 'Lỗi cần sửa', maxWidth: 80 },
  ]);
  let after = 0;
  for (;;) {
    const { rows } = await tx.query<{ row_no: number; raw: unknown[]; errors: ImportIssue[] }>(
      `SELECT row_no, raw, errors FROM member_import_rows
        WHERE import_id = $1 AND has_errors AND row_no > $2 ORDER BY row_no LIMIT ${BATCH}`,
      [record.id, after],
    );
    for (const r of rows) {
      // The original cells as they came (a number stays a number); text is kept as text.
      const cells = Array.from({ length: width }, (_, c) => originalCell(r.raw[c]));
      sheet.add([r.row_no, ...cells, r.errors.map((e) => importIssueMessage(e, 'vi')).join('; ')]);
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.row_no;
  }
  await book.finish();
  const fileKey = newFileKey('import-errors', 'xlsx');
  try {
    await files.put(fileKey, fs.createReadStream(tmp));
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  const base = record.fileName.replace(/\.(xlsx|csv)$/i, '');
  return { fileKey, fileName: `${base} - dong loi.xlsx` };
}

function originalCell(v: unknown): XlsxCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return { value: typeof v === 'string' ? v : JSON.stringify(v), kind: 'text' };
}
