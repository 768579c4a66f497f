import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { SaxesParser } from 'saxes';
import { AppError } from '@congdoan/domain';
import {
  cellTooLong,
  columnIndex,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  type Cell,
  type ReadLimits,
  type SheetInfo,
  type SheetRow,
} from './limits';
import { listEntries, notSpreadsheet, openZip } from './zip-entries';

// A streaming .xlsx reader on yauzl (random access to the zip's central directory) and saxes (SAX XML).
// Unlike an in-memory workbook it holds one chunk of sheet XML at a time plus the shared strings, and it
// checks the zip's declared sizes before inflating anything, so a zip bomb is refused up front. A zip
// that under-declares is cut off by yauzl (validateEntrySizes) and, before that, by the run guard in
// `saxEntry`: saxes buffers a whole text node, so no text node or tag may exceed maxXmlRunChars.

export type XlsxFile = {
  sheets: SheetInfo[];
  rows: (sheetIndex: number) => AsyncGenerator<SheetRow>;
  /** Merged ranges ("B4:B5", at most 100) of a sheet, known once `rows(sheetIndex)` has been read to the end. */
  mergedCells: (sheetIndex: number) => string[];
  close: () => void;
};

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(notSpreadsheet());
      stream.setEncoding('utf8');
      resolve(stream);
    }),
  );
}

/**
 * Feed an entry through a SAX parser, yielding after each chunk (so the caller hands out buffered rows).
 * Characters since the last '<' are counted before saxes sees them: over the limit, `tooLong()` is thrown.
 */
async function* saxEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  limits: ReadLimits,
  setup: (parser: SaxesParser) => void,
  tooLong: () => AppError = () => new AppError('IMPORT_ZIP_BOMB'),
): AsyncGenerator<void> {
  const parser = new SaxesParser();
  setup(parser);
  const stream = await openEntry(zip, entry);
  let run = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      // Gaps inside one chunk are shorter than the chunk; the one running across chunks is what grows.
      const first = chunk.indexOf('<');
      if (run + (first === -1 ? chunk.length : first) > limits.maxXmlRunChars) throw tooLong();
      if (first !== -1) run = chunk.length - chunk.lastIndexOf('<') - 1;
      else run += chunk.length;
      try {
        parser.write(chunk);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw notSpreadsheet();
      }
      yield;
    }
    parser.close();
  } catch (error) {
    stream.destroy();
    if (error instanceof AppError) throw error;
    throw notSpreadsheet();
  }
}

// workbook.xml and its relationships list sheets; real ones are a few KB.
const MAX_PART_BYTES = 4 * 2 ** 20;

async function readSmall(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry | undefined,
  limits: ReadLimits,
  setup: (p: SaxesParser) => void,
) {
  if (!entry) return;
  if (entry.uncompressedSize > MAX_PART_BYTES) throw new AppError('IMPORT_ZIP_BOMB');
  for await (const _ of saxEntry(zip, entry, limits, setup));
}

const TOO_LONG = Symbol('too long');

async function readSharedStrings(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined, limits: ReadLimits) {
  const strings: (string | typeof TOO_LONG)[] = [];
  if (!entry) return strings;
  if (entry.uncompressedSize > limits.maxSharedStringsBytes) throw new AppError('IMPORT_ZIP_BOMB');
  let text = '';
  let inT = false;
  let inPhonetic = false;
  let tooLong = false;
  let kept = 0;
  const tooMuch = () =>
    new AppError('IMPORT_TEXT_TOO_LARGE', { max: limits.maxSharedStringsChars.toLocaleString('vi-VN') });
  const stream = saxEntry(zip, entry, limits, (p) => {
    p.on('opentag', (tag) => {
      if (tag.name === 'si') {
        text = '';
        tooLong = false;
      } else if (tag.name === 't' && !inPhonetic) inT = true;
      else if (tag.name === 'rPh') inPhonetic = true;
    });
    p.on('text', (t) => {
      if (!inT || tooLong) return;
      text += t;
      if (text.length > limits.maxCellChars) {
        tooLong = true;
        text = '';
      }
    });
    p.on('closetag', (tag) => {
      if (tag.name === 't') inT = false;
      else if (tag.name === 'rPh') inPhonetic = false;
      else if (tag.name === 'si') {
        kept += text.length + 1;
        if (kept > limits.maxSharedStringsChars) throw tooMuch();
        // saxes hands out slices of its 64 KB chunk; a kept slice would keep the whole chunk alive.
        strings.push(tooLong ? TOO_LONG : text.length > 12 ? (' ' + text).slice(1) : text);
      }
    });
  });
  for await (const _ of stream);
  return strings;
}

export async function openXlsx(path: string, limits: ReadLimits): Promise<XlsxFile> {
  const zip = await openZip(path);
  try {
    const entries = await listEntries(zip, limits);
    const workbook = entries.get('xl/workbook.xml');
    if (!workbook) throw notSpreadsheet();
    const declared: { name: string; rid: string; hidden: boolean }[] = [];
    await readSmall(zip, workbook, limits, (p) =>
      p.on('opentag', (tag) => {
        if (tag.name !== 'sheet') return;
        const a = tag.attributes as Record<string, string>;
        declared.push({ name: a.name ?? '', rid: a['r:id'] ?? '', hidden: (a.state ?? 'visible') !== 'visible' });
      }),
    );
    const targets = new Map<string, string>();
    let sharedPath = 'xl/sharedStrings.xml';
    await readSmall(zip, entries.get('xl/_rels/workbook.xml.rels'), limits, (p) =>
      p.on('opentag', (tag) => {
        const a = tag.attributes as Record<string, string>;
        if (tag.name !== 'Relationship' || !a.Target) return;
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`;
        targets.set(a.Id ?? '', target);
        if (a.Type?.endsWith('/sharedStrings')) sharedPath = target;
      }),
    );
    const sheetPaths = declared.map((s, i) => targets.get(s.rid) ?? `xl/worksheets/sheet${i + 1}.xml`);
    const sheets = declared.map((s, index) => ({ index, name: s.name, hidden: s.hidden }));
    let shared: Promise<(string | typeof TOO_LONG)[]> | null = null;
    const merged = new Map<number, string[]>();

    async function* rows(sheetIndex: number): AsyncGenerator<SheetRow> {
      const entry = entries.get(sheetPaths[sheetIndex] ?? '');
      if (!entry) throw new AppError('IMPORT_SHEET_NOT_FOUND');
      shared ??= readSharedStrings(zip, entries.get(sharedPath), limits);
      const strings = await shared;
      const out: SheetRow[] = [];
      const merges: string[] = [];
      let count = 0;
      let cellCount = 0;
      let row: SheetRow | null = null;
      let rowNumber = 0;
      let col = -1;
      let type = 'n';
      let text = '';
      let capture = false;
      let hasFormula = false;
      let value: Cell = null;
      const cellTooLongHere = () => cellTooLong(limits, rowNumber, Math.max(col, 0));
      for await (const _ of saxEntry(
        zip,
        entry,
        limits,
        (p) => {
          p.on('opentag', (tag) => {
            const a = tag.attributes as Record<string, string>;
            switch (tag.name) {
              case 'row':
                rowNumber = a.r ? Number(a.r) : rowNumber + 1;
                if (++count > limits.maxRows) throw tooManyRows(limits);
                row = { rowNumber, cells: [] };
                col = -1;
                break;
              case 'c':
                if (++cellCount > limits.maxCells) throw tooManyCells(limits);
                col = a.r ? columnIndex(a.r.replace(/\d+$/, '')) : col + 1;
                type = a.t ?? 'n';
                hasFormula = false;
                value = null;
                break;
              case 'v':
              case 't':
                capture = true;
                text = '';
                break;
              case 'f':
                hasFormula = true;
                break;
              case 'mergeCell':
                // After sheetData: the caller reads them once the rows are done.
                if (merges.length < 100 && /^[A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7}$/.test(a.ref ?? ''))
                  merges.push(a.ref!);
                break;
            }
          });
          p.on('text', (t) => {
            if (!capture) return;
            text += t;
            if (text.length > limits.maxCellChars) throw cellTooLongHere();
          });
          p.on('closetag', (tag) => {
            switch (tag.name) {
              case 'v':
                capture = false;
                if (type === 's') {
                  const s = strings[Number(text)];
                  if (s === TOO_LONG) throw cellTooLong(limits, rowNumber, col);
                  value = s ?? null;
                } else if (type === 'b') value = text === '1';
                else if (type === 'e') value = null;
                else if (type === 'str' || type === 'd') value = text;
                else value = text === '' ? null : Number(text);
                break;
              case 't':
                capture = false;
                if (type === 'inlineStr') value = ((value as string | null) ?? '') + text;
                if (typeof value === 'string' && value.length > limits.maxCellChars) throw cellTooLongHere();
                break;
              case 'c':
                if (!row || col < 0) break;
                if (col >= limits.maxColumns) {
                  if (value !== null && value !== '') throw tooManyColumns(limits, rowNumber, col);
                  break;
                }
                if (value !== null && value !== '') row.cells[col] = value;
                if (hasFormula) (row.formulas ??= []).push(col);
                break;
              case 'row':
                if (row) {
                  for (let i = 0; i < row.cells.length; i++) row.cells[i] ??= null;
                  out.push(row);
                }
                row = null;
                break;
            }
          });
        },
        cellTooLongHere,
      )) {
        for (const r of out) yield r;
        out.length = 0;
      }
      merged.set(sheetIndex, merges);
    }

    return { sheets, rows, mergedCells: (i) => merged.get(i) ?? [], close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
