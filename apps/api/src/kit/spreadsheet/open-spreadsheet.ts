import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileStore } from '../../storage/file-store';
import { readCsv } from './csv-reader';
import { defaultLimits, type ReadLimits, type SheetInfo, type SheetRow } from './limits';
import { openXlsx } from './xlsx-reader';

export type Spreadsheet = {
  sheets: SheetInfo[];
  rows: (sheetIndex: number) => AsyncGenerator<SheetRow>;
  /** Merged ranges of a sheet (xlsx; CSV has none), once its rows have been read to the end. */
  mergedCells: (sheetIndex: number) => string[];
};

/** A CSV stream as a one-sheet spreadsheet (read once: `rows` may be called once). */
export function csvSpreadsheet(stream: Readable, limits: ReadLimits = defaultLimits): Spreadsheet {
  return { ...csvSheets, rows: () => readCsv(stream, limits) };
}
const csvSheets = { sheets: [{ index: 0, name: 'CSV', hidden: false }], mergedCells: () => [] };

/**
 * Open a stored upload as a spreadsheet for the duration of `fn`: the one reader every spreadsheet upload
 * goes through, with `defaultLimits`. CSV streams from the store; the zip reader needs random access, so
 * an .xlsx is copied to a temporary file first (the store may be remote), removed afterwards.
 */
export async function withSpreadsheet<T>(
  files: FileStore,
  key: string,
  kind: 'xlsx' | 'csv',
  fn: (sheet: Spreadsheet) => Promise<T>,
  limits: ReadLimits = defaultLimits,
): Promise<T> {
  if (kind === 'csv') {
    // Each call to rows() reads the file again from the store.
    return fn({ ...csvSheets, rows: () => readCsv(files.get(key), limits) });
  }
  const tmp = path.join(os.tmpdir(), `congdoan-upload-${randomUUID()}.xlsx`);
  await pipeline(files.get(key), fs.createWriteStream(tmp));
  try {
    const xlsx = await openXlsx(tmp, limits);
    try {
      return await fn(xlsx);
    } finally {
      xlsx.close();
    }
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
}

/** The first `n` rows of a sheet as text, for header detection and the mapping screen. */
export async function firstRows(sheet: Spreadsheet, index: number, n: number): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of sheet.rows(index)) {
    out.push(row);
    if (out.length >= n) break;
  }
  return out;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
