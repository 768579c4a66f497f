import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { SaxesParser } from 'saxes';
import { AppError } from '@congdoan/domain';
import {
  cellTooLong,
  columnIndex,
  tooManyRows,
  type Cell,
  type ReadLimits,
  type SheetInfo,
  type SheetRow,
} from './limits';

// A streaming .xlsx reader on yauzl (random access to the zip's central directory) and saxes (SAX XML).
// Unlike an in-memory workbook it holds one chunk of sheet XML at a time plus the shared strings, and it
// checks the zip's declared sizes before inflating anything, so a zip bomb is refused up front.

export type XlsxFile = {
  sheets: SheetInfo[];
  rows: (sheetIndex: number) => AsyncGenerator<SheetRow>;
  close: () => void;
};

const notSpreadsheet = () => new AppError('IMPORT_NOT_SPREADSHEET');

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(notSpreadsheet()) : resolve(zip),
    ),
  );
}

async function listEntries(zip: yauzl.ZipFile, limits: ReadLimits): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entries.size >= limits.maxEntries || total > limits.maxUncompressedBytes) {
        return reject(new AppError('IMPORT_ZIP_BOMB'));
      }
      if (entry.uncompressedSize > 2 ** 20 && ratio > limits.maxRatio) return reject(new AppError('IMPORT_ZIP_BOMB'));
      entries.set(entry.fileName.replace(/^\//, ''), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(notSpreadsheet()));
    zip.readEntry();
  });
  return entries;
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(notSpreadsheet());
      stream.setEncoding('utf8');
      resolve(stream);
    }),
  );
}

/** Feed an entry through a SAX parser; `onChunk` runs after each chunk (to hand out buffered rows). */
async function* saxEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  setup: (parser: SaxesParser) => void,
): AsyncGenerator<void> {
  const parser = new SaxesParser();
  setup(parser);
  const stream = await openEntry(zip, entry);
  try {
    for await (const chunk of stream) {
      try {
        parser.write(chunk as string);
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

async function readSmall(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined, setup: (p: SaxesParser) => void) {
  if (!entry) return;
  for await (const _ of saxEntry(zip, entry, setup));
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
  await readSmall(zip, entry, (p) => {
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
      else if (tag.name === 'si') strings.push(tooLong ? TOO_LONG : text);
    });
  });
  return strings;
}

export async function openXlsx(path: string, limits: ReadLimits): Promise<XlsxFile> {
  const zip = await openZip(path);
  try {
    const entries = await listEntries(zip, limits);
    const workbook = entries.get('xl/workbook.xml');
    if (!workbook) throw notSpreadsheet();
    const declared: { name: string; rid: string; hidden: boolean }[] = [];
    await readSmall(zip, workbook, (p) =>
      p.on('opentag', (tag) => {
        if (tag.name !== 'sheet') return;
        const a = tag.attributes as Record<string, string>;
        declared.push({ name: a.name ?? '', rid: a['r:id'] ?? '', hidden: (a.state ?? 'visible') !== 'visible' });
      }),
    );
    const targets = new Map<string, string>();
    let sharedPath = 'xl/sharedStrings.xml';
    await readSmall(zip, entries.get('xl/_rels/workbook.xml.rels'), (p) =>
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

    async function* rows(sheetIndex: number): AsyncGenerator<SheetRow> {
      const entry = entries.get(sheetPaths[sheetIndex] ?? '');
      if (!entry) throw new AppError('IMPORT_SHEET_NOT_FOUND');
      shared ??= readSharedStrings(zip, entries.get(sharedPath), limits);
      const strings = await shared;
      const out: SheetRow[] = [];
      let count = 0;
      let row: SheetRow | null = null;
      let rowNumber = 0;
      let col = -1;
      let type = 'n';
      let text = '';
      let capture = false;
      let hasFormula = false;
      let value: Cell = null;
      for await (const _ of saxEntry(zip, entry, (p) => {
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
          }
        });
        p.on('text', (t) => {
          if (!capture) return;
          text += t;
          if (text.length > limits.maxCellChars) throw cellTooLong(limits, rowNumber, col);
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
              break;
            case 'c':
              if (row && col >= 0 && col < limits.maxColumns) {
                if (value !== null && value !== '') row.cells[col] = value;
                if (hasFormula) (row.formulas ??= []).push(col);
              }
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
      })) {
        for (const r of out) yield r;
        out.length = 0;
      }
    }

    return { sheets, rows, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
