import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file (and text fields) for tests of upload routes. */
export class MultipartBody {
  readonly contentType: string;
  readonly payload: Buffer;
  constructor(
    readonly file: { name: string; content: Buffer; field?: string },
    readonly fields: Record<string, string> = {},
  ) {
    const boundary = `----cd${randomBytes(8).toString('hex')}`;
    this.contentType = `multipart/form-data; boundary=${boundary}`;
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields))
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    this.payload = Buffer.concat(parts);
  }
}

/** Route examples of upload routes: a viewer and an auditor in scope hold no write permission. */
export const uploadRefusals: Record<string, 'refused'> = { 'qt.xem': 'refused', kiemtra: 'refused' };
