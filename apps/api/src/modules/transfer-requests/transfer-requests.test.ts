import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ImportRow, TransferRequest } from '@congdoan/domain';
import { runNextJob } from '../jobs/job-runner';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { admitThroughApi, federationOfficer } from '../../testing/federation-officer';

// Issue 14 item 5 and issue 11: a person held by another union becomes a transfer request, never a
// silent second union; the holding union decides; a third union sees and does nothing.

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

async function importRows(s: Session, unit: number, rows: unknown[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh sách').addRows([['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD'], ...rows]);
  const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const up = await s.request('POST', `/api/imports?unitId=${unit}`, { fileName: 'chuyen.xlsx', contentBase64 });
  expect(up.statusCode, up.body).toBe(200);
  const id = up.json<{ id: number }>().id;
  await s.request('POST', `/api/imports/${id}/check`, {
    sheetIndex: 0,
    headerRow: 1,
    fields: ['fullName', 'gender', 'birthDate', 'cccd'],
  });
  await run();
  return id;
}

const list = async (s: Session, direction: string, status = 'pending') =>
  (await s.request('GET', `/api/transfer-requests?direction=${direction}&status=${status}`)).json<{
    items: TransferRequest[];
  }>().items;

const membership = async (personId: number) =>
  (
    await t.db.pool.query<{ unit: string; status: string }>(
      `SELECT u.code AS unit, m.status FROM memberships m JOIN org_units u ON u.id = m.unit_id
        WHERE m.person_id = $1 ORDER BY m.id`,
      [personId],
    )
  ).rows;

describe('transfer requests', () => {
  it('turns an imported row held by another union into a request the holding union accepts', async () => {
    const qt = await t.signIn('qt.canbo');
    const lc = await federationOfficer(t, 'lc.canbo', 'LDLD-15');
    const na = await federationOfficer(t, 'na.canbo', 'LDLD-40');
    // X is a member in Lào Cai (outside Quảng Trị's scope); Y in another Quảng Trị union (in scope).
    const x = await admitThroughApi(lc, await unitId(t, 'LC-0001'), {
      fullName: 'Hoàng Văn Xa',
      gender: 'male',
      birthDate: '1980-05-05',
      cccd: '010080009004',
      phone: '0912000444',
    });
    const y = await admitThroughApi(qt, await unitId(t, 'QT-0002'), {
      fullName: 'Đỗ Thị Ý',
      gender: 'female',
      birthDate: '1991-06-06',
      cccd: '045191009005',
    });
    // W left their Lào Cai union: no membership to transfer, and their record is not Quảng Trị's to write.
    const w = await admitThroughApi(lc, await unitId(t, 'LC-0001'), {
      fullName: 'Lý Văn Về',
      gender: 'male',
      birthDate: '1979-07-07',
      cccd: '010079009007',
    });
    const left = await lc.request('POST', `/api/members/${w}/leave`, { on: '2025-01-01', reason: 'Nghỉ việc' });
    expect(left.statusCode, left.body).toBe(200);
    const unit = await unitId(t, 'QT-0001');
    const imp = await importRows(qt, unit, [
      ['Hoàng Văn Xa (tệp)', 'Nam', '05/05/1980', '010080009004'],
      ['Đỗ Thị Ý', 'Nữ', '06/06/1991', '045191009005'],
      ['Lý Văn Về', 'Nam', '07/07/1979', '010079009007'],
    ]);
    const rows = (await qt.request('GET', `/api/imports/${imp}/rows`)).json<{ items: ImportRow[] }>().items;
    // Outside scope the row says only "held elsewhere": no id, no name, no values.
    expect(rows[0]).toMatchObject({
      match: { personId: null, name: null, elsewhere: true },
      differences: [],
      effectiveAction: 'transfer',
    });
    expect(JSON.stringify(rows[0])).not.toContain('Lào Cai');
    expect(rows[1]).toMatchObject({ match: { personId: y, elsewhere: true }, effectiveAction: 'transfer' });
    expect(rows[2]).toMatchObject({ match: null, errors: [{ code: 'member_elsewhere', field: 'cccd' }] });
    // Neither can be updated or created again by hand: only a transfer or a skip.
    expect((await qt.request('POST', `/api/imports/${imp}/rows/2`, { action: 'update' })).statusCode).toBe(400);
    expect((await qt.request('POST', `/api/imports/${imp}/rows/3`, { action: 'create' })).statusCode).toBe(400);

    const commit = await qt.request('POST', `/api/imports/${imp}/commit`, { mode: 'valid_only' });
    await run();
    const job = (await t.db.pool.query('SELECT result FROM jobs WHERE id = $1', [commit.json().commitJobId])).rows[0];
    expect(job.result).toMatchObject({ transferRequested: 2, created: 0, updated: 0, failed: 1 });
    // No second union: X and Y keep exactly the membership they had, and X's record is untouched.
    expect(await membership(x)).toEqual([{ unit: 'LC-0001', status: 'active' }]);
    expect(await membership(y)).toEqual([{ unit: 'QT-0002', status: 'active' }]);
    expect((await lc.request('GET', `/api/members/${x}`)).json().fullName).toBe('Hoàng Văn Xa');
    const after = (await qt.request('GET', `/api/imports/${imp}/rows`)).json<{ items: ImportRow[] }>().items;
    expect(after.map((r) => r.result)).toEqual(['transfer_requested', 'transfer_requested', 'failed']);
    expect(await membership(w)).toEqual([{ unit: 'LC-0001', status: 'left' }]);

    // The requesting union sees its words and the status, not who holds the person.
    const outgoing = await list(qt, 'outgoing');
    const toX = outgoing.find((r) => r.id === after[0]!.transferRequestId)!;
    expect(toX).toMatchObject({
      requestedName: 'Hoàng Văn Xa (tệp)',
      personId: null,
      fullName: null,
      fromUnit: null,
      status: 'pending',
      canCancel: true,
      canDecide: false,
    });
    // The holding union sees it with the person; a third union sees nothing and can do nothing.
    const incoming = await list(lc, 'incoming');
    expect(incoming).toEqual([
      expect.objectContaining({ id: toX.id, personId: x, fullName: 'Hoàng Văn Xa', canDecide: true }),
    ]);
    expect(await list(na, 'incoming')).toEqual([]);
    expect(await list(na, 'outgoing')).toEqual([]);
    for (const action of ['accept', 'refuse', 'cancel']) {
      const res = await na.request('POST', `/api/transfer-requests/${toX.id}/${action}`, {
        ...(action === 'refuse' ? { reason: 'Không' } : {}),
      });
      expect(res.statusCode, action).toBe(404);
      expect(res.json().error.code).toBe('TRANSFER_REQUEST_NOT_FOUND');
    }
    // The requesting union cannot decide for the holding one.
    expect((await qt.request('POST', `/api/transfer-requests/${toX.id}/accept`, {})).statusCode).toBe(404);

    // Accepting runs the existing transfer: the membership moves to the requesting union.
    const accepted = await lc.request('POST', `/api/transfer-requests/${toX.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect(await membership(x)).toEqual([
      { unit: 'LC-0001', status: 'transferred_out' },
      { unit: 'QT-0001', status: 'active' },
    ]);
    expect((await qt.request('GET', `/api/members/${x}`)).json()).toMatchObject({ unit: { code: 'QT-0001' } });
    expect((await list(qt, 'outgoing', 'accepted')).find((r) => r.id === toX.id)).toMatchObject({
      personId: x,
      fromUnit: { code: 'LC-0001' },
    });
    const again = await lc.request('POST', `/api/transfer-requests/${toX.id}/refuse`, { reason: 'Muộn' });
    expect(again.json().error.code).toBe('TRANSFER_REQUEST_DECIDED');
    const audit = await t.db.pool.query(
      `SELECT action FROM audit_log WHERE entity_type = 'transfer_requests' AND entity_id = $1 ORDER BY id`,
      [String(toX.id)],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['member_import.commit', 'transfer_request.accept']);

    // Refusing keeps the member where they are; the requesting union reads the reason.
    const toY = after[1]!.transferRequestId!;
    const refused = await qt.request('POST', `/api/transfer-requests/${toY}/refuse`, { reason: 'Chưa có nguyện vọng' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(await membership(y)).toEqual([{ unit: 'QT-0002', status: 'active' }]);
    expect((await list(qt, 'outgoing', 'refused')).find((r) => r.id === toY)).toMatchObject({
      decisionReason: 'Chưa có nguyện vọng',
    });
    // A refusal needs its reason.
    const bare = await lc.request('POST', `/api/transfer-requests/${toX.id}/refuse`, {});
    expect(bare.statusCode).toBe(400);
  });

  it('lets an official ask by CCCD after MEMBER_ELSEWHERE, without learning who holds the person', async () => {
    const qt = await t.signIn('qt.canbo');
    const lc = await t.signIn('lc.canbo');
    const z = await admitThroughApi(lc, await unitId(t, 'LC-0002'), {
      fullName: 'Vũ Thị Zê',
      gender: 'female',
      birthDate: '1993-03-03',
      cccd: '010193009006',
    });
    const unit = await unitId(t, 'QT-0003');
    const refused = await qt.request('POST', '/api/members', {
      person: { fullName: 'Vũ Thị Zê', gender: 'female', birthDate: '1993-03-03', cccd: '010193009006' },
      unitId: unit,
      admittedOn: '2026-01-01',
    });
    expect(refused.json().error.code).toBe('MEMBER_ELSEWHERE');
    const body = { cccd: '010193009006', toUnitId: unit, requestedName: 'Vũ Thị Zê', reason: 'Chuyển công tác' };
    const created = await qt.request('POST', '/api/transfer-requests', body);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ status: 'pending', personId: null, fromUnit: null, fullName: null });
    expect((await qt.request('POST', '/api/transfer-requests', body)).json().error.code).toBe(
      'TRANSFER_REQUEST_EXISTS',
    );
    const unknown = await qt.request('POST', '/api/transfer-requests', { ...body, cccd: '010193009999' });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().error.code).toBe('TRANSFER_REQUEST_NOT_POSSIBLE');
    // Counted as country-wide checks.
    const checks = await t.db.pool.query(
      `SELECT sum(numbers)::int AS n FROM existence_checks c JOIN app_users u ON u.id = c.user_id
        WHERE u.username = 'qt.canbo' AND c.kind = 'admission'`,
    );
    expect(checks.rows[0].n).toBeGreaterThanOrEqual(3);
    // The requesting union may withdraw it; the holding union then has nothing pending.
    const id = created.json().id;
    expect((await qt.request('POST', `/api/transfer-requests/${id}/cancel`, {})).json().status).toBe('cancelled');
    expect((await list(lc, 'incoming')).map((r) => r.id)).not.toContain(id);
    expect(await membership(z)).toEqual([{ unit: 'LC-0002', status: 'active' }]);
  });
});
