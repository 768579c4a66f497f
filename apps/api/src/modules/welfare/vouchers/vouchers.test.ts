import { describe, expect, it } from 'vitest';
import { isValidVoucherCode } from '@congdoan/domain';
import { runNextJob } from '../../jobs/job-runner';
import { unitId, useTestApp, type Session } from '../../../testing/test-app';
import { readXlsxBack, xlsxSheets } from '../../../testing/xlsx-read-back';
import { addBeneficiaries, issueDirectly, shopFor, voucherOf, voucherProgramme } from './vouchers.fixtures';
import { welfareFigures } from '../welfare.fixtures';

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

async function issue(s: Session, programmeId: number, body: unknown = {}) {
  const res = await s.request('POST', `/api/welfare/programmes/${programmeId}/vouchers/issue`, body);
  expect(res.statusCode, res.body).toBe(200);
  const jobId = res.json<{ jobId: number }>().jobId;
  await run();
  const job = (await s.request('GET', `/api/jobs/${jobId}`)).json();
  expect(job.status, JSON.stringify(job)).toBe('succeeded');
  return job.result as { issued: number; withoutCode: number };
}

const codesOf = async (programmeId: number) =>
  (
    await t.db.pool.query<{ nomination_id: number; code: string; value_vnd: number }>(
      'SELECT nomination_id, code, value_vnd FROM welfare_vouchers WHERE programme_id = $1 ORDER BY nomination_id',
      [programmeId],
    )
  ).rows;

const redeem = (token: string, code: string, phone: string) =>
  t.anonymous('POST', `/api/welfare/voucher-shops/${token}/redemptions`, { code, phone });

describe('Tết Market vouchers', () => {
  it('issues one valid, unique code per approved beneficiary, and a rerun issues only the missing ones', async () => {
    const admin = await t.signIn('admin');
    const id = await voucherProgramme(t, 6);
    // one beneficiary without a usable phone, one still under review: neither gets a code
    await t.db.pool.query(
      `UPDATE welfare_nominations SET phone = NULL WHERE id = (SELECT min(id) FROM welfare_nominations WHERE programme_id = $1)`,
      [id],
    );
    await t.db.pool.query(
      `UPDATE persons SET phone = NULL WHERE id = (SELECT person_id FROM welfare_nominations WHERE phone IS NULL AND programme_id = $1)`,
      [id],
    );
    await t.db.pool.query(
      `UPDATE welfare_nominations SET status = 'submitted' WHERE id = (SELECT max(id) FROM welfare_nominations WHERE programme_id = $1)`,
      [id],
    );
    const first = await issue(admin, id);
    expect(first).toEqual({ issued: 10, withoutCode: 1 });
    const codes = await codesOf(id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes.map((c) => c.code)).size).toBe(10);
    for (const c of codes) {
      expect(isValidVoucherCode(c.code), c.code).toBe(true);
      expect(c.value_vnd).toBe(500000);
    }
    // validity defaults to the programme's hand-out period; the phone is the beneficiary's
    const { rows: mismatched } = await t.db.pool.query(
      `SELECT v.id FROM welfare_vouchers v JOIN welfare_nominations n ON n.id = v.nomination_id
         JOIN welfare_programmes p ON p.id = v.programme_id
        WHERE v.programme_id = $1 AND (v.phone <> n.phone OR v.valid_from <> p.handout_from OR v.valid_to <> p.handout_to)`,
      [id],
    );
    expect(mismatched).toEqual([]);

    // idempotent: nothing new, the codes unchanged
    expect(await issue(admin, id)).toEqual({ issued: 0, withoutCode: 1 });
    expect(await codesOf(id)).toEqual(codes);
    // two more approved: exactly those two get codes
    await addBeneficiaries(t, id, 1);
    expect(await issue(admin, id)).toEqual({ issued: 2, withoutCode: 1 });
    const after = await codesOf(id);
    expect(after).toHaveLength(12);
    expect(after.filter((c) => codes.some((o) => o.nomination_id === c.nomination_id))).toEqual(codes);

    const summary = (await admin.request('GET', `/api/welfare/programmes/${id}/vouchers`)).json();
    expect(summary).toMatchObject({
      approved: 13,
      issued: 12,
      redeemed: 0,
      missing: 1,
      withoutPhone: 1,
      canIssue: true,
    });
    expect(summary.issuedVnd).toBe(12 * 500000);
    expect(summary.provinces.map((p: { issued: number }) => p.issued)).toEqual([6, 6]);
    // a province official sees their province only, and may not issue
    const qt = await t.signIn('qt.canbo');
    const mine = (await qt.request('GET', `/api/welfare/programmes/${id}/vouchers`)).json();
    expect(mine).toMatchObject({ issued: 6, canIssue: false });
    expect(mine.provinces).toHaveLength(1);
    const refused = await qt.request('POST', `/api/welfare/programmes/${id}/vouchers/issue`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('VOUCHER_NOT_OWNER');
  });

  it('refuses to issue for another kind of programme or without a validity, changing nothing', async () => {
    const admin = await t.signIn('admin');
    const id = await voucherProgramme(t, 1);
    const before = await t.auditCount();
    const bad = await admin.request('POST', `/api/welfare/programmes/${id}/vouchers/issue`, {
      validFrom: '2026-02-10',
      validTo: '2026-02-01',
    });
    expect(bad.json().error.code).toBe('WELFARE_PERIOD_INVALID');
    await t.db.pool.query('UPDATE welfare_programmes SET handout_from = NULL, handout_to = NULL WHERE id = $1', [id]);
    const none = await admin.request('POST', `/api/welfare/programmes/${id}/vouchers/issue`, {});
    expect(none.statusCode).toBe(422);
    expect(none.json().error.message).toContain('thời hạn sử dụng');
    await t.db.pool.query("UPDATE welfare_programmes SET kind = 'tet_gift' WHERE id = $1", [id]);
    const kind = await admin.request('POST', `/api/welfare/programmes/${id}/vouchers/issue`, {
      validFrom: '2026-02-01',
      validTo: '2026-02-10',
    });
    expect(kind.json().error.code).toBe('VOUCHER_PROGRAMME_KIND');
    expect(await t.auditCount()).toBe(before + 2); // the two UPDATEs above, nothing from the refusals
  });

  it('lets exactly one of 50 concurrent redemptions of a code succeed', async () => {
    const id = await voucherProgramme(t, 2);
    await issueDirectly(t, id);
    const shops = [await shopFor(t, id, 'TLD', 'Cửa hàng A'), await shopFor(t, id, 'LDLD-44', 'Cửa hàng B')];
    const v = await voucherOf(t, id);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => redeem(shops[i % 2]!.token, v.code, v.phone.slice(-4))),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    expect(ok[0]!.json()).toMatchObject({ code: v.code, valueVnd: 500000, phoneMasked: `*******${v.phone.slice(-3)}` });
    for (const r of results.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('VOUCHER_ALREADY_REDEEMED');
      expect(r.json().error.message).toMatch(/đã được sử dụng lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/);
    }
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'welfare_vouchers' AND entity_id = $1
          AND action = 'welfare_voucher.redeem'`,
      [String(v.id)],
    );
    expect(rows[0].n).toBe(1);
    // a shop's list shows what it redeemed
    const qt = await t.signIn('qt.canbo');
    const list = (await qt.request('GET', `/api/welfare/programmes/${id}/voucher-merchants`)).json();
    expect(list.items).toHaveLength(1); // shop A belongs to the confederation, outside Quảng Trị's scope
  });

  it('refuses a wrong phone, a typo, an unknown code, an expired or early code and a revoked link, changing nothing', async () => {
    const id = await voucherProgramme(t, 3);
    await issueDirectly(t, id);
    const other = await voucherProgramme(t, 1);
    await issueDirectly(t, other);
    const { token, id: shopId } = await shopFor(t, id);
    const v = await voucherOf(t, id);
    const before = await t.auditCount();
    const wrongLast4 = String((Number(v.phone.slice(-4)) + 1) % 10000).padStart(4, '0');
    const cases: [string, string, number, string][] = [
      [v.code, wrongLast4, 422, 'VOUCHER_WRONG_PHONE'],
      [v.code, '12', 422, 'VOUCHER_PHONE_INVALID'],
      [v.code.slice(0, 11) + (v.code[11] === '2' ? '3' : '2'), v.phone, 422, 'VOUCHER_CODE_INVALID'],
      [(await voucherOf(t, other, 'LDLD-44')).code, v.phone, 404, 'VOUCHER_NOT_FOUND'],
    ];
    for (const [code, phone, status, errorCode] of cases) {
      const res = await redeem(token, code, phone);
      expect(res.statusCode, `${code} ${phone}`).toBe(status);
      expect(res.json().error.code).toBe(errorCode);
    }
    await t.db.pool.query(
      "UPDATE welfare_vouchers SET valid_from = '2025-01-01', valid_to = '2025-02-01' WHERE id = $1",
      [v.id],
    );
    const expired = await redeem(token, v.code, v.phone);
    expect(expired.json().error).toMatchObject({ code: 'VOUCHER_EXPIRED' });
    expect(expired.json().error.message).toContain('01/02/2025');
    await t.db.pool.query(
      "UPDATE welfare_vouchers SET valid_from = '2099-01-01', valid_to = '2099-02-01' WHERE id = $1",
      [v.id],
    );
    expect((await redeem(token, v.code, v.phone)).json().error.code).toBe('VOUCHER_NOT_YET_VALID');
    expect(await t.auditCount()).toBe(before + 2);

    // the whole number, written as people write it, works; +84 too
    await t.db.pool.query(
      "UPDATE welfare_vouchers SET valid_from = '2020-01-01', valid_to = '2099-02-01' WHERE id = $1",
      [v.id],
    );
    const typed = `+84 ${v.phone.slice(1, 4)} ${v.phone.slice(4)}`;
    const ok = await redeem(token, v.code.toLowerCase().replace(/(.{4})/g, '$1-'), typed);
    expect(ok.statusCode, ok.body).toBe(200);

    const qt = await t.signIn('admin');
    expect((await qt.request('POST', `/api/welfare/voucher-merchants/${shopId}/revoke`)).statusCode).toBe(200);
    const w = await voucherOf(t, id, 'LDLD-40');
    const revoked = await redeem(token, w.code, w.phone);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json().error.code).toBe('VOUCHER_SHOP_NOT_FOUND');
    expect((await t.anonymous('GET', `/api/welfare/voucher-shops/${token}`)).statusCode).toBe(404);
  });

  it('creates a shop link once and shows the shop to whoever holds it', async () => {
    const id = await voucherProgramme(t, 1);
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('POST', `/api/welfare/programmes/${id}/voucher-merchants`, { name: 'Chợ Đông Hà' });
    expect(res.statusCode, res.body).toBe(200);
    const { token } = res.json<{ token: string }>();
    const { rows } = await t.db.pool.query(
      'SELECT token_hash, unit_id FROM welfare_voucher_merchants WHERE name = $1',
      ['Chợ Đông Hà'],
    );
    expect(rows[0].token_hash).not.toContain(token);
    expect(rows[0].unit_id).toBe(await unitId(t, 'LDLD-44'));
    const shop = await t.anonymous('GET', `/api/welfare/voucher-shops/${token}`);
    expect(shop.json()).toEqual({
      shopName: 'Chợ Đông Hà',
      programmeName: 'Chợ Tết Công đoàn 2026',
      ownerName: expect.stringContaining('Tổng Liên đoàn'),
    });
  });

  it('exports a province’s list as .xlsx and .csv a platform imports, logged, and only with personal data access', async () => {
    const id = await voucherProgramme(t, 4);
    await issueDirectly(t, id);
    const { token } = await shopFor(t, id);
    const used = await voucherOf(t, id);
    expect((await redeem(token, used.code, used.phone)).statusCode).toBe(200);
    const qt = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const { rows: expected } = await t.db.pool.query<{ code: string; phone: string; full_name: string }>(
      `SELECT v.code, v.phone, n.full_name FROM welfare_vouchers v JOIN welfare_nominations n ON n.id = v.nomination_id
         JOIN org_units u ON u.id = v.unit_id, org_units top
        WHERE v.programme_id = $1 AND top.id = $2 AND u.path <@ top.path ORDER BY v.id`,
      [id, province],
    );
    expect(expected).toHaveLength(4);

    const start = await qt.request('POST', `/api/welfare/programmes/${id}/vouchers/exports`, {
      unitId: province,
      format: 'xlsx',
    });
    expect(start.statusCode, start.body).toBe(200);
    await run();
    const { jobId } = start.json<{ jobId: number }>();
    const file = await qt.request('GET', `/api/jobs/${jobId}/file`);
    expect(file.statusCode).toBe(200);
    const sheet = (await xlsxSheets(file.rawPayload)).get('Phiếu mua hàng')!;
    expect(sheet[0]).toEqual([
      'Mã phiếu',
      'Số điện thoại',
      'Họ và tên',
      'Giá trị (đồng)',
      'Hiệu lực từ ngày',
      'Hiệu lực đến ngày',
      'Tỉnh, thành phố',
      'Mã đơn vị đề nghị',
      'Đơn vị đề nghị',
      'Đã sử dụng lúc',
    ]);
    expect(sheet.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(expected.map((e) => [e.code, e.phone, e.full_name]));
    // real cells: the value a number shown #,##0, the dates date cells
    const ws = (await readXlsxBack(file.rawPayload)).getWorksheet('Phiếu mua hàng')!;
    expect(ws.getCell('D2').value).toBe(500000);
    expect(ws.getCell('D2').numFmt).toBe('#,##0');
    expect(ws.getCell('E2').value).toBeInstanceOf(Date);
    expect(ws.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    for (const r of sheet.slice(1)) {
      expect(r[6]).toContain('Quảng Trị');
    }
    expect(sheet.slice(1).filter((r) => r[9] !== '')).toHaveLength(1);

    const csvStart = await qt.request('POST', `/api/welfare/programmes/${id}/vouchers/exports`, {
      unitId: province,
      format: 'csv',
    });
    await run();
    const csv = (await qt.request('GET', `/api/jobs/${csvStart.json().jobId}/file`)).body;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'ma_phieu,so_dien_thoai,ho_ten,gia_tri_vnd,hieu_luc_tu,hieu_luc_den,tinh_thanh,ma_don_vi,don_vi,da_su_dung_luc',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]!.split(',').slice(0, 4)).toEqual([
      expected[0]!.code,
      expected[0]!.phone,
      expected[0]!.full_name,
      '500000',
    ]);
    expect(lines[1]).toMatch(/,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,/);

    const { rows: logged } = await t.db.pool.query(
      "SELECT after AS data FROM audit_log WHERE action = 'welfare_voucher.export' AND entity_id = $1",
      [String(jobId)],
    );
    expect(logged[0].data).toMatchObject({ programmeId: id, unitId: province, format: 'xlsx', rows: 4 });

    // a viewer has no personal data access: refused, and the owner's file stays the owner's
    await t.db.pool.query(
      `WITH u AS (INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
                  SELECT 'qt.xem2', 'Người xem Quảng Trị', password_hash, false, $1 FROM app_users
                   WHERE username = 'qt.canbo' RETURNING id)
       INSERT INTO role_grants (user_id, role, unit_id) SELECT u.id, 'viewer', $1 FROM u`,
      [province],
    );
    const viewer = await t.signIn('qt.xem2');
    const refused = await viewer.request('POST', `/api/welfare/programmes/${id}/vouchers/exports`, {
      unitId: province,
      format: 'csv',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('VOUCHER_EXPORT_FORBIDDEN');
    expect((await viewer.request('GET', `/api/jobs/${jobId}/file`)).statusCode).toBe(404);
    // a province official cannot export another province
    const other = await qt.request('POST', `/api/welfare/programmes/${id}/vouchers/exports`, {
      unitId: await unitId(t, 'LDLD-40'),
      format: 'csv',
    });
    expect(other.statusCode).toBe(404);
  });

  it('reports vouchers issued and redeemed through the module’s indicators', async () => {
    const id = await voucherProgramme(t, 2);
    await issueDirectly(t, id);
    const { token } = await shopFor(t, id);
    const v = await voucherOf(t, id);
    const before = await welfareFigures(t, await unitId(t, 'LDLD-44'), {
      from: '2000-01-01',
      to: '2100-01-01',
    });
    expect((await redeem(token, v.code, v.phone)).statusCode).toBe(200);
    const after = await welfareFigures(t, await unitId(t, 'LDLD-44'), {
      from: '2000-01-01',
      to: '2100-01-01',
    });
    expect(after['welfare.vouchers_issued']).toBe(before['welfare.vouchers_issued']);
    expect(after['welfare.vouchers_redeemed']).toBe(before['welfare.vouchers_redeemed']! + 1);
    expect(after['welfare.vouchers_redeemed_vnd']).toBe(before['welfare.vouchers_redeemed_vnd']! + 500000);
    const past = await welfareFigures(t, await unitId(t, 'LDLD-44'), {
      from: '2000-01-01',
      to: '2001-01-01',
    });
    expect(past['welfare.vouchers_issued']).toBe(0);
  });
});
