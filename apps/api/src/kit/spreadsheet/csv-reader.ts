import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '@congdoan/domain';
import {
  cellTooLong,
  lineTooLong,
  tooManyCells,
  tooManyColumns,
  tooManyRows,
  type ReadLimits,
  type SheetRow,
} from './limits';

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

/** Refuses a line (or quoted record) longer than the limit before csv-parse buffers it or splits it. */
function lineGuard(limits: ReadLimits): Transform {
  let run = 0;
  let line = 1;
  return new Transform({
    transform(chunk: string, _e, done) {
      let from = 0;
      for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
        if (run + nl - from > limits.maxLineChars) return done(lineTooLong(limits, line));
        run = 0;
        line++;
        from = nl + 1;
      }
      run += chunk.length - from;
      if (run > limits.maxLineChars) return done(lineTooLong(limits, line));
      done(null, chunk);
    },
  });
}

/** The first `size` bytes of a stream, and the stream's remaining chunks (read on, not re-opened). */
async function peek(stream: Readable, size: number): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const source = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const rest = {
    async next(): Promise<IteratorResult<Buffer>> {
      const next = await source.next();
      // An object-mode stream (a script's generator) may hand out strings.
      return next.done ? next : { done: false, value: Buffer.from(next.value) };
    },
  };
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const next = await rest.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.length;
  }
  return { head: Buffer.concat(chunks), rest };
}

/** Rows of a CSV stream: encoding and separator detected from its start, every limit checked while streaming. */
export async function* readCsv(stream: Readable, limits: ReadLimits): AsyncGenerator<SheetRow> {
  const { head, rest } = await peek(stream, 64 * 1024);
  const sample = head.subarray(0, 64 * 1024);
  if (sample.includes(0)) {
    stream.destroy();
    throw new AppError('IMPORT_NOT_SPREADSHEET');
  }
  const encoding = detectEncoding(sample);
  const delimiter = detectDelimiter(new TextDecoder(encoding).decode(sample));
  const source = Readable.from(
    (async function* () {
      yield head;
      for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
    })(),
  );
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: limits.maxLineChars,
  });
  const decode = decoder(encoding);
  const guard = lineGuard(limits);
  // pipe() does not pass errors on: the first stage to fail ends the parser with its error.
  for (const stage of [source, decode, guard]) stage.on('error', (error) => parser.destroy(error));
  source.pipe(decode).pipe(guard).pipe(parser);
  let rowNumber = 0;
  let cellCount = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (rowNumber > limits.maxRows) throw tooManyRows(limits);
      cellCount += record.length;
      if (cellCount > limits.maxCells) throw tooManyCells(limits);
      const cells = record.map((c, i) => {
        if (c.length > limits.maxCellChars) throw cellTooLong(limits, rowNumber, i);
        // Windows-1258 writes tones as combining marks: compose them.
        const t = encoding === 'utf-8' ? c.trim() : c.normalize('NFC').trim();
        if (t !== '' && i >= limits.maxColumns) throw tooManyColumns(limits, rowNumber, i);
        return t === '' ? null : t;
      });
      yield { rowNumber, cells: cells.slice(0, limits.maxColumns) };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'CSV_MAX_RECORD_SIZE') throw lineTooLong(limits, rowNumber + 1);
    throw new AppError('IMPORT_NOT_SPREADSHEET');
  } finally {
    for (const stage of [source, decode, guard, parser]) stage.destroy();
    stream.destroy();
  }
}
