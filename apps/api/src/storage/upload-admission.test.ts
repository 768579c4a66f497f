import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { unitId, useTestApp, type Session } from '../testing/test-app';
import { uploadLimits, uploadsInFlight } from './upload-admission';

const t = useTestApp();
const sessions: Record<string, Session> = {};
let province: number;
let grassroots: number;
const defaults = { ...uploadLimits };
afterEach(() => Object.assign(uploadLimits, defaults));

beforeAll(async () => {
  for (const name of ['qt.quantri', 'admin', 'qt.canbo']) sessions[name] = await t.signIn(name);
  province = await unitId(t, 'LDLD-44');
  grassroots = await unitId(t, 'QT-0001');
});

const csv = 'ma_don_vi,ma_cap_tren_moi\nQT-0001,CDX-19333\n';

/** A bulk upload whose body arrives slowly: the file part starts, the rest waits for `finish()`. */
function slowUpload(s: Session) {
  const boundary = `----slow${Math.random().toString(16).slice(2)}`;
  const body = new PassThrough();
  body.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sap-xep.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\n${csv.slice(0, 20)}`,
  );
  const response = t.app.inject({
    method: 'POST',
    url: `/api/bulk-reorganizations?unitId=${province}&effectiveOn=2026-07-01`,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  return { response, finish: () => body.end(`${csv.slice(20)}\r\n--${boundary}--\r\n`) };
}

/** A member list sent as JSON by the officer (another route, the same slots). */
const importList = (s: Session) =>
  s.request('POST', `/api/imports?unitId=${grassroots}`, {
    fileName: 'ds.csv',
    contentBase64: Buffer.from('Họ và tên,Ngày sinh\nNguyễn Văn A,01/01/1990\n').toString('base64'),
  });

const upload = (s: Session) =>
  s.request('POST', `/api/bulk-reorganizations?unitId=${province}&effectiveOn=2026-07-01`, {
    fileName: 'sap-xep.csv',
    csv,
  });

describe('upload admission', () => {
  it('admits 2 uploads per user and 4 in all; beyond, 429 or 503 with Retry-After; every slot comes back', async () => {
    const held = [
      slowUpload(sessions['qt.quantri']!),
      slowUpload(sessions['qt.quantri']!),
      slowUpload(sessions['admin']!),
    ];
    try {
      await heldUploads(held);
    } finally {
      for (const h of held) h.finish();
    }
    const answers = await Promise.all(held.map((h) => h.response));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(uploadsInFlight()).toBe(0);
    expect((await importList(sessions['qt.canbo']!)).statusCode).toBe(200);
  });

  async function heldUploads(held: ReturnType<typeof slowUpload>[]) {
    await vi.waitFor(() => expect(uploadsInFlight()).toBe(3), { timeout: 10_000 });

    const mine = await upload(sessions['qt.quantri']!);
    expect(mine.statusCode).toBe(429);
    expect(mine.headers['retry-after']).toBe('10');
    expect(mine.json().error).toMatchObject({
      code: 'UPLOAD_BUSY_USER',
      message: 'Bạn đang có 2 tệp đang được tải lên và xử lý. Vui lòng chờ xong rồi thử lại sau 10 giây.',
    });

    held.push(slowUpload(sessions['admin']!));
    await vi.waitFor(() => expect(uploadsInFlight()).toBe(4), { timeout: 10_000 });
    const other = await importList(sessions['qt.canbo']!);
    expect(other.statusCode).toBe(503);
    expect(other.headers['retry-after']).toBe('10');
    expect(other.json().error.code).toBe('UPLOAD_BUSY');
  }

  it('frees the slot of a refused upload and of a parse that failed', async () => {
    const wrongType = await sessions['qt.quantri']!.request(
      'POST',
      `/api/bulk-reorganizations?unitId=${province}&effectiveOn=2026-07-01`,
      { fileName: 'x.csv', csv: 'khong,phai,mau\n' },
    );
    expect(wrongType.json().error.code).toBe('BULK_SHEET_INVALID');
    expect(uploadsInFlight()).toBe(0);
  });

  it('stops an upload that does not arrive in time and frees its slot', async () => {
    uploadLimits.receiveSeconds = 1;
    const slow = slowUpload(sessions['qt.quantri']!);
    const res = await slow.response;
    expect(res.statusCode).toBe(408);
    expect(res.json().error).toMatchObject({ code: 'UPLOAD_TIMEOUT', details: { seconds: 1 } });
    expect(uploadsInFlight()).toBe(0);
  });
});
