import fs from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '@congdoan/domain';
import { cellTooLong, tooManyRows, type ReadLimits, type SheetRow } from './limits';

/** Count separators outside quotes in the first lines and take the most frequent: ; , or tab. */
export function detectDelimiter(sample: string): string {
  const lines = sample
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 5);
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const line of lines) {
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch in counts) counts[ch]!++;
    }
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![1] > 0
    ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0]
    : ',';
}

/** UTF-8 (with or without BOM), else Windows-1258 as Excel on a Vietnamese Windows saves "CSV". */
function detectEncoding(head: Buffer): 'utf-8' | 'windows-1258' {
  // Cut at the last complete line so a multi-byte character split by the sample is not misread.
  const end = head.lastIndexOf(0x0a);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(end > 0 ? head.subarray(0, end) : head);
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}

function decoder(encoding: string): Transform {
  const d = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      done(null, d.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, d.decode());
    },
  });
}

export async function* readCsv(path: string, limits: ReadLimits): AsyncGenerator<SheetRow> {
  const fd = await fs.promises.open(path, 'r');
  const head = Buffer.alloc(64 * 1024);
  const { bytesRead } = await fd.read(head, 0, head.length, 0);
  await fd.close();
  const sample = head.subarray(0, bytesRead);
  if (sample.includes(0)) throw new AppError('IMPORT_NOT_SPREADSHEET');
  const encoding = detectEncoding(sample);
  const delimiter = detectDelimiter(new TextDecoder(encoding).decode(sample));
  const parser = fs
    .createReadStream(path)
    .pipe(decoder(encoding))
    .pipe(
      parse({
        bom: true,
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        max_record_size: limits.maxCellChars * 4 + 1024,
      }),
    );
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (rowNumber > limits.maxRows) throw tooManyRows(limits);
      const cells = record.slice(0, limits.maxColumns).map((c, i) => {
        if (c.length > limits.maxCellChars) throw cellTooLong(limits, rowNumber, i);
        // Windows-1258 writes tones as combining marks: compose them.
        const t = encoding === 'utf-8' ? c.trim() : c.normalize('NFC').trim();
        return t === '' ? null : t;
      });
      yield { rowNumber, cells };
    }
  } catch (error) {
    parser.destroy();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'CSV_MAX_RECORD_SIZE') throw cellTooLong(limits, rowNumber + 1, 0);
    throw new AppError('IMPORT_NOT_SPREADSHEET');
  }
}
