import { beforeAll, describe, expect, it } from 'vitest';
import { hugeDocx, hugeInlineStringXlsx, oneLineCsv } from '../../testing/hostile-files';
import { MultipartBody, unitId, useTestApp, type Session } from '../../testing/test-app';
import { uploadsInFlight } from '../../storage/upload-admission';

// Issue 11, item 2: hostile files on every spreadsheet upload route, through the one shared reader.
// Memory and health latency under load are measured by bench/hostile-uploads.ts, not here.

const t = useTestApp();
let quantri: Session;
let admin: Session;
let province: number;
let grassroots: number;
const bombXlsx = hugeInlineStringXlsx(1024); // one 1 GiB inline string, ≈ 1 MB on the wire
const lyingXlsx = hugeInlineStringXlsx(1024, { lie: true }); // the same, declared 4 MiB so size checks pass
const longLine = oneLineCsv(9);

beforeAll(async () => {
  quantri = await t.signIn('qt.quantri');
  admin = await t.signIn('admin');
  province = await unitId(t, 'LDLD-44');
  grassroots = await unitId(t, 'QT-0001');
});

const routes = {
  bulk: () => `/api/bulk-reorganizations?unitId=${province}&effectiveOn=2026-07-01`,
  import: () => `/api/imports?unitId=${grassroots}`,
};
type Route = keyof typeof routes;
const upload = (s: Session, route: Route, name: string, content: Buffer) =>
  s.request('POST', routes[route](), new MultipartBody({ name, content }));

async function storedFiles(): Promise<number> {
  const { rows } = await t.db.pool.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM bulk_restructurings)::int + (SELECT count(*) FROM member_imports)::int AS n`,
  );
  return rows[0]!.n;
}

describe.each(['bulk', 'import'] as Route[])('hostile uploads to the %s route', (route) => {
  it('refuses a 1 MB .xlsx holding a 1 GiB string as a zip bomb, before inflating it', async () => {
    expect(bombXlsx.length).toBeLessThan(1.2 * 2 ** 20);
    const res = await upload(quantri, route, 'bom.xlsx', bombXlsx);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'IMPORT_ZIP_BOMB',
      message: 'Tệp Excel bị nén bất thường (giải nén quá lớn) nên không thể đọc an toàn.',
    });
  });

  it('refuses the same string when the zip under-declares its size: the cell, not the heap, hits the limit', async () => {
    const res = await upload(quantri, route, 'noi-doi.xlsx', lyingXlsx);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'IMPORT_CELL_TOO_LONG', details: { cell: 'A1' } });
  });

  it('refuses a 9 MiB CSV that is one line, naming the line', async () => {
    const before = await storedFiles();
    const res = await upload(quantri, route, 'mot-dong.csv', longLine);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'IMPORT_LINE_TOO_LONG', details: { row: 1 } });
    expect(res.json().error.message).toBe('Dòng 1 của tệp CSV quá dài (tối đa 65.536 ký tự).');
    expect(await storedFiles()).toBe(before);
  });
});

describe('concurrent hostile uploads', () => {
  it('answer each with its code while /api/health keeps answering, and free every slot', async () => {
    const uploads = [
      upload(quantri, 'bulk', 'a.xlsx', bombXlsx),
      upload(quantri, 'import', 'b.xlsx', lyingXlsx),
      upload(admin, 'bulk', 'c.xlsx', lyingXlsx),
      upload(admin, 'import', 'd.csv', longLine),
    ];
    // Health is asked while the uploads are being read (its latency is bench/hostile-uploads.ts's job).
    const [during, ...answers] = await Promise.all([t.anonymous('GET', '/api/health'), ...uploads]);
    expect(during.statusCode).toBe(200);
    expect(answers.map((r) => `${r.statusCode} ${r.json().error?.code}`)).toEqual([
      '400 IMPORT_ZIP_BOMB',
      '400 IMPORT_CELL_TOO_LONG',
      '400 IMPORT_CELL_TOO_LONG',
      '400 IMPORT_LINE_TOO_LONG',
    ]);
    expect(uploadsInFlight()).toBe(0);
    expect((await t.anonymous('GET', '/api/health')).statusCode).toBe(200);
  });
});

describe('the limits every spreadsheet upload shares', () => {
  it('refuse a value beyond 200 columns, and a CSV with more than 6,000,000 cells', async () => {
    const wide = Buffer.from(`ma_don_vi,ma_cap_tren_moi${','.repeat(199)}x\n`);
    const res = await upload(quantri, 'bulk', 'rong.csv', wide);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'IMPORT_TOO_MANY_COLUMNS', details: { cell: 'GS1', max: 200 } });
    // 40 empty fields per line × 150,001 lines: under the row and line limits, over the cell limit.
    const cells = Buffer.from(`ma_don_vi,ma_cap_tren_moi${','.repeat(38)}\n` + `${','.repeat(39)}\n`.repeat(150_000));
    const many = await upload(quantri, 'bulk', 'nhieu-o.csv', cells);
    expect(many.statusCode, many.body).toBe(400);
    expect(many.json().error.code).toBe('IMPORT_TOO_MANY_CELLS');
  });
});

describe('the .docx upload (draft laws)', () => {
  it('refuses a zip bomb, declared or not, before mammoth inflates it', async () => {
    const url = `/api/draft-laws/import?unitId=${province}&title=D%E1%BB%B1%20th%E1%BA%A3o&opensOn=2026-07-01&closesOn=2026-08-01`;
    for (const docx of [hugeDocx(), hugeDocx({ lie: true })]) {
      const res = await quantri.request('POST', url, new MultipartBody({ name: 'du-thao.docx', content: docx }));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('FILE_ZIP_BOMB');
    }
    expect(uploadsInFlight()).toBe(0);
  });
});
