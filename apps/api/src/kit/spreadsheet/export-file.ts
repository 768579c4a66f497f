import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { newFileKey, type FileStore } from '../../storage/file-store';
import { CSV_BOM, csvRecord } from './csv-writer';
import { XlsxBook, type XlsxColumn, type XlsxTitle, type XlsxValue } from './xlsx-writer';

const FETCH = 5_000;

export type ExportFormat = 'xlsx' | 'csv';

/** What an export job writes: one sheet of rows from one query, as .xlsx (for people) or CSV (for systems). */
export type ExportSpec<R> = {
  format: ExportFormat;
  sheet: string;
  columns: XlsxColumn[];
  /** The CSV's header row, when it is not the columns' headers (stable ASCII keys for a platform). */
  csvHeader?: string[];
  /** Printed above the .xlsx table; none for a file meant to be imported (header on row 1). */
  title?: XlsxTitle;
  /** The same rows counted: the progress total. */
  count: { sql: string; params: unknown[] };
  /** The rows in order, read through a cursor. */
  select: { sql: string; params: unknown[] };
  /** A row's cells in the columns' order; dates as 'yyyy-mm-dd' or Date (CSV writes a Date in ISO). */
  cells: (row: R) => XlsxValue[];
};

/** A sink for rows: the kit's .xlsx writer, or CSV. */
function openSink<R>(file: string, spec: ExportSpec<R>) {
  if (spec.format === 'csv') {
    const out = fs.createWriteStream(file);
    out.write(CSV_BOM + csvRecord(spec.csvHeader ?? spec.columns.map((c) => c.header)));
    const plain = (c: XlsxValue) => (c instanceof Date ? c.toISOString() : typeof c === 'boolean' ? String(c) : c);
    return {
      add: (cells: XlsxValue[]) => out.write(csvRecord(cells.map(plain))),
      close: () => new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve()))),
      drained: () =>
        out.writableNeedDrain ? new Promise<void>((r) => out.once('drain', () => r())) : Promise.resolve(),
    };
  }
  const book = new XlsxBook(file);
  const sheet = book.sheet(spec.sheet, spec.columns, spec.title ? { title: spec.title } : {});
  return {
    add: (cells: XlsxValue[]) => sheet.add(cells),
    close: async () => {
      await book.finish();
    },
    drained: () => Promise.resolve(),
  };
}

/**
 * An export job's file: every row of one moment (a cursor in a read-only snapshot, a batch at a time, progress
 * reported), streamed to a temporary file, then stored under a new key. Only the one connection of the snapshot
 * is used while it is open. Returns the rows written and the key; the caller audits the export and names the file.
 */
export async function exportToFile<R>(
  io: { pool: pg.Pool; files: FileStore; progress: (done: number, total?: number) => Promise<void> },
  spec: ExportSpec<R>,
): Promise<{ rows: number; fileKey: string }> {
  const tmp = path.join(os.tmpdir(), `congdoan-export-${randomUUID()}.${spec.format}`);
  const client = await io.pool.connect();
  let count = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const total = (await client.query<{ n: number }>(spec.count.sql, spec.count.params)).rows[0]!.n;
    await io.progress(0, total);
    await client.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${spec.select.sql}`, spec.select.params);
    const sink = openSink(tmp, spec);
    for (;;) {
      const { rows } = await client.query<R & pg.QueryResultRow>(`FETCH ${FETCH} FROM export_cursor`);
      for (const r of rows) sink.add(spec.cells(r));
      count += rows.length;
      await sink.drained();
      await io.progress(count, total);
      if (rows.length < FETCH) break;
    }
    await sink.close();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    throw error;
  } finally {
    client.release();
  }
  const fileKey = newFileKey('exports', spec.format);
  try {
    await io.files.put(fileKey, fs.createReadStream(tmp));
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  return { rows: count, fileKey };
}
