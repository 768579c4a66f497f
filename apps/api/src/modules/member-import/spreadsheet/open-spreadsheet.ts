import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { FileStore } from '../../../storage/file-store';
import { readCsv } from './csv-reader';
import { defaultLimits, type ReadLimits, type SheetInfo, type SheetRow } from './limits';
import { openXlsx } from './xlsx-reader';

export type Spreadsheet = {
  sheets: SheetInfo[];
  rows: (sheetIndex: number) => AsyncGenerator<SheetRow>;
};

/**
 * Open a stored upload as a spreadsheet for the duration of `fn`. The zip reader needs random access,
 * so the file is copied to a temporary file first (the store may be remote); it is removed afterwards.
 */
export async function withSpreadsheet<T>(
  files: FileStore,
  key: string,
  kind: 'xlsx' | 'csv',
  fn: (sheet: Spreadsheet) => Promise<T>,
  limits: ReadLimits = defaultLimits,
): Promise<T> {
  const tmp = path.join(os.tmpdir(), `congdoan-import-${randomUUID()}.${kind}`);
  await pipeline(files.get(key), fs.createWriteStream(tmp));
  try {
    if (kind === 'csv') {
      return await fn({ sheets: [{ index: 0, name: 'CSV', hidden: false }], rows: () => readCsv(tmp, limits) });
    }
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
