import yauzl from 'yauzl';
import { AppError } from '@congdoan/domain';
import type { ReadLimits } from './limits';

// The zip checks every zip upload shares (.xlsx here, .docx through checkZip): declared sizes are checked
// before anything is inflated, and yauzl (validateEntrySizes) cuts off an entry that inflates past them.

export const notSpreadsheet = () => new AppError('IMPORT_NOT_SPREADSHEET');

export function openZip(source: string | Buffer): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile) => (err || !zip ? reject(notSpreadsheet()) : resolve(zip));
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
}

/** Every entry by name; IMPORT_ZIP_BOMB when there are too many, they declare too much, or one is too compressed. */
export async function listEntries(zip: yauzl.ZipFile, limits: ReadLimits): Promise<Map<string, yauzl.Entry>> {
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

/**
 * A whole zip checked for a reader that inflates it in memory (mammoth for .docx): the listing's limits,
 * then every entry inflated and counted (not kept), so an entry that lies about its size is caught too.
 */
export async function checkZip(data: Buffer, limits: ReadLimits): Promise<void> {
  const zip = await openZip(data);
  try {
    for (const entry of (await listEntries(zip, limits)).values()) {
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? reject(notSpreadsheet()) : resolve(s))),
      );
      try {
        for await (const _ of stream);
      } catch {
        throw new AppError('IMPORT_ZIP_BOMB');
      }
    }
  } finally {
    zip.close();
  }
}
