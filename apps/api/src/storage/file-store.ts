import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { AppError } from '@congdoan/domain';

/**
 * Where uploaded and generated files live. On disk under DATA_DIR/files by default; an
 * S3-compatible store can implement the same interface once the API runs on several machines.
 * Keys are generated here and never come from a user's file name.
 */
export interface FileStore {
  put(key: string, data: Readable | Buffer): Promise<{ size: number }>;
  get(key: string): Readable;
  size(key: string): Promise<number>;
  remove(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[a-z0-9-]+\.[a-z0-9]{1,8}$/;

export function newFileKey(prefix: string, extension: string): string {
  return `${prefix}/${new Date().toISOString().slice(0, 7)}/${randomUUID()}.${extension}`;
}

export function diskFileStore(root: string): FileStore {
  const resolve = (key: string) => {
    if (!KEY.test(key)) throw new AppError('FILE_NOT_FOUND');
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      if (Buffer.isBuffer(data)) await fs.promises.writeFile(file, data);
      else await pipeline(data, fs.createWriteStream(file));
      return { size: (await fs.promises.stat(file)).size };
    },
    get(key) {
      const file = resolve(key);
      if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND');
      return fs.createReadStream(file);
    },
    async size(key) {
      return (await fs.promises.stat(resolve(key)).catch(() => ({ size: -1 }))).size;
    },
    async remove(key) {
      await fs.promises.rm(resolve(key), { force: true });
    },
  };
}
