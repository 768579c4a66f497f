import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ImportRow } from '@congdoan/domain';
import { runNextJob } from '../jobs/job-runner';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { admitThroughApi, federationOfficer } from '../../testing/federation-officer';

// Issue 12: the matching makes one join to persons per key; the person in scope still wins over one
// outside, and the commit still sees people added after the check.

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

/** Upload and check rows of name, gender, birth date, CCCD, phone; returns the import id. */
async function checkedImport(s: Session, unit: number, rows: unknown[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh sách').addRows([['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'SĐT'], ...rows]);
  const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const up = await s.request('POST', `/api/imports?unitId=${unit}`, { fileName: 'khop.xlsx', contentBase64 });
  expect(up.statusCode, up.body).toBe(200);
  const id = up.json<{ id: number }>().id;
  const check = await s.request('POST', `/api/imports/${id}/check`, {
    sheetIndex: 0,
    headerRow: 1,
    fields: ['fullName', 'gender', 'birthDate', 'cccd', 'phone'],
  });
  expect(check.statusCode, check.body).toBe(200);
  await run();
  expect((await s.request('GET', `/api/imports/${id}`)).json().status).toBe('checked');
  return id;
}

const rowsOf = async (s: Session, id: number) =>
  (await s.request('GET', `/api/imports/${id}/rows`)).json<{ items: ImportRow[] }>().items;

/** People the user's imports found outside scope (each row newly found there counts once). */
const spent = async (username: string) =>
  (
    await t.db.pool.query<{ n: number }>(
      `SELECT coalesce(sum(c.found_elsewhere), 0)::int AS n FROM existence_checks c JOIN app_users u ON u.id = c.user_id
        WHERE u.username = $1 AND c.kind = 'import'`,
      [username],
    )
  ).rows[0]!.n;

describe('matching an import against known people', () => {
  it('prefers the person in scope, counts outside matches once, and re-matches at commit', async () => {
    const qt = await t.signIn('qt.canbo');
    const lc = await federationOfficer(t, 'lc.khop', 'LDLD-15');
    const same = { fullName: 'Vũ Thị Trùng', gender: 'female', birthDate: '1988-08-08', phone: '0912777001' };
    // The same phone, name and birth date in Lào Cai (outside scope) and in Quảng Trị (in scope).
    await admitThroughApi(lc, await unitId(t, 'LC-0001'), same);
    const inside = await admitThroughApi(qt, await unitId(t, 'QT-0001'), same);
    // Only in Lào Cai: the row asks for a transfer.
    await admitThroughApi(lc, await unitId(t, 'LC-0001'), {
      fullName: 'Mai Văn Xa',
      gender: 'male',
      birthDate: '1977-07-07',
      phone: '0912777002',
    });
    const unit = await unitId(t, 'QT-0001');
    const before = await spent('qt.canbo');
    const id = await checkedImport(qt, unit, [
      ['Vũ Thị Trùng', 'Nữ', '08/08/1988', '', '0912777001'],
      ['Mai Văn Xa', 'Nam', '07/07/1977', '', '0912777002'],
      ['Đinh Thị Sau', 'Nữ', '09/09/1999', '045199009777', ''],
    ]);
    const checked = await rowsOf(qt, id);
    expect(checked.map((r) => [r.match?.personId ?? null, r.match?.kind ?? null, r.effectiveAction])).toEqual([
      [inside, 'phone', 'update'],
      [null, 'phone', 'transfer'],
      [null, null, 'create'],
    ]);
    expect(checked[0]!.match).toMatchObject({ name: 'Vũ Thị Trùng', elsewhere: false });
    expect(checked[1]!.match).toMatchObject({ name: null, elsewhere: true });
    expect(await spent('qt.canbo')).toBe(before + 1);

    // Between the check and the commit, someone admits the third row's person in scope.
    const late = await admitThroughApi(qt, await unitId(t, 'QT-0001'), {
      fullName: 'Đinh Thị Sau',
      gender: 'female',
      birthDate: '1999-09-09',
      cccd: '045199009777',
    });
    const commit = await qt.request('POST', `/api/imports/${id}/commit`, { mode: 'valid_only' });
    expect(commit.statusCode, commit.body).toBe(200);
    await run();
    const job = (await t.db.pool.query('SELECT status, result FROM jobs WHERE id = $1', [commit.json().commitJobId]))
      .rows[0];
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ created: 0, updated: 2, transferRequested: 1 });
    const done = await rowsOf(qt, id);
    expect(done.map((r) => [r.match?.kind ?? null, r.result])).toEqual([
      ['phone', 'updated'],
      ['phone', 'transfer_requested'],
      ['cccd', 'updated'],
    ]);
    expect(done[2]!.match?.personId).toBe(late);
    // The outside match found at the check is not counted again at the commit.
    expect(await spent('qt.canbo')).toBe(before + 1);
  });
});
