import type { FastifyRequest } from 'fastify';
import { Transform } from 'node:stream';
import { AppError } from '@congdoan/domain';
import { newFileKey, type FileStore } from './file-store';
import { uploadLimits, withUploadSlot } from './upload-admission';
import { cleanMultipart } from '../http/text-hygiene';

export type UploadKind = 'xlsx' | 'csv' | 'docx' | 'pdf' | 'jpg' | 'png';

// Magic numbers: content decides the type, not the name the browser sent.
const signatures: Record<UploadKind, (head: Buffer) => boolean> = {
  xlsx: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  docx: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  pdf: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-',
  png: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  csv: (h) => !h.subarray(0, 512).includes(0),
};

export type StoredUpload = { key: string; fileName: string; kind: UploadKind; size: number };

type UploadOptions = { allowed: UploadKind[]; maxBytes: number; prefix: string };

/**
 * Read one multipart file, check its extension and content signature, and stream it into the
 * store under a generated key. Oversized or too slow files are cut off and refused; nothing is kept.
 * Every upload route comes through here, so here uploads are admitted (storage/upload-admission.ts).
 */
export function receiveUpload(request: FastifyRequest, store: FileStore, opts: UploadOptions): Promise<StoredUpload> {
  return withUploadSlot(request, () => receive(request, store, opts));
}

async function receive(request: FastifyRequest, store: FileStore, opts: UploadOptions): Promise<StoredUpload> {
  // One deadline from the first byte to the last: a slow sender cannot hold an upload slot for ever.
  let onTimeout = (_error: AppError) => undefined as void;
  const seconds = uploadLimits.receiveSeconds;
  const timer = setTimeout(() => onTimeout(new AppError('UPLOAD_TIMEOUT', { seconds })), seconds * 1000);
  try {
    return await receiveWithin(request, store, opts, (stop) => (onTimeout = stop));
  } finally {
    clearTimeout(timer);
  }
}

async function receiveWithin(
  request: FastifyRequest,
  store: FileStore,
  opts: UploadOptions,
  setOnTimeout: (stop: (error: AppError) => void) => void,
): Promise<StoredUpload> {
  const file = await new Promise<Awaited<ReturnType<FastifyRequest['file']>>>((resolve, reject) => {
    setOnTimeout(reject);
    request.file({ limits: { fileSize: opts.maxBytes, files: 1 } }).then(resolve, reject);
  });
  if (!file) throw new AppError('FILE_REQUIRED');
  let fileName: string;
  try {
    fileName = cleanMultipart(file).slice(0, 255);
  } catch (error) {
    file.file.resume();
    throw error;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const kind = opts.allowed.find((k) => k === extension || (k === 'jpg' && extension === 'jpeg'));
  const allowed = opts.allowed.join(', ');
  if (!kind) {
    file.file.resume();
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { allowed });
  }
  let head = Buffer.alloc(0);
  let checked = false;
  const check = () => {
    checked = true;
    return signatures[kind](head) ? null : new AppError('FILE_TYPE_NOT_ALLOWED', { allowed });
  };
  const sniff = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!checked) {
        head = Buffer.concat([head, chunk]).subarray(0, 512);
        if (head.length >= 512) {
          const error = check();
          if (error) return done(error);
        }
      }
      done(null, chunk);
    },
    flush(done) {
      done(checked ? null : check());
    },
  });
  const key = newFileKey(opts.prefix, kind);
  const stream = file.file.pipe(sniff);
  file.file.on('error', (e) => sniff.destroy(e));
  setOnTimeout((error) => sniff.destroy(error));
  // The store may await (mkdir) before it listens; an early signature error must not go uncaught.
  // pipeline() still sees it, because the stream is left in the errored state.
  sniff.on('error', () => undefined);
  let size: number;
  try {
    ({ size } = await store.put(key, stream));
  } catch (error) {
    await store.remove(key);
    throw error;
  }
  if (file.file.truncated) {
    await store.remove(key);
    throw new AppError('FILE_TOO_LARGE', { maxMb: Math.round(opts.maxBytes / 2 ** 20) });
  }
  if (size === 0) {
    await store.remove(key);
    throw new AppError('FILE_REQUIRED');
  }
  return { key, fileName, kind, size };
}
