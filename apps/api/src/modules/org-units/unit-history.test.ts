import { beforeAll, describe, expect, it } from 'vitest';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { childCodes, codesOf, expectRefusedUnchanged, type RefusalCase } from '../../testing/org-tree';

// Units over time (as-of children, timeline, as-of counts), their validation and search; the demo's Hướng Hóa
// district federation ended 30/06/2025 and its grassroots unions moved to the new commune unions.
const t = useTestApp();
let admin: Session;

beforeAll(async () => {
  admin = await t.signIn('qt.quantri');
});

const codes = codesOf;
const children = (code: string, asOf?: string) => childCodes(t, admin, code, asOf);

describe('history as of a date (demo: Hướng Hóa district federation ended 30/06/2025)', () => {
  it('lists the district federation’s grassroots unions before 1/7/2025 and the commune unions’ after', async () => {
    expect(await children('LDLD-HH', '2025-06-30')).toEqual(['QT-0006', 'QT-0007', 'QT-0008']);
    expect(await children('LDLD-HH', '2025-07-01')).toEqual([]);
    expect(await children('CDX-19429', '2025-06-30')).toEqual([]);
    expect(await children('CDX-19429', '2025-07-01')).toEqual(['QT-0006', 'QT-0007']);
    const qt2024 = await children('LDLD-44', '2024-12-31');
    expect(qt2024).toContain('LDLD-HH');
    expect(qt2024).not.toContain('CDX-19429');
    const qtNow = await children('LDLD-44', '2025-07-01');
    expect(qtNow).not.toContain('LDLD-HH');
    expect(qtNow).toContain('CDX-19429');
  });

  it('gives a unit’s parents over time', async () => {
    const res = await admin.request('GET', `/api/org-units/${await unitId(t, 'QT-0006')}/timeline`);
    const timeline = res.json();
    expect(
      timeline.parents.map((p: { parentCode: string; validFrom: string; validTo: string | null }) => [
        p.parentCode,
        p.validFrom,
        p.validTo,
      ]),
    ).toEqual([
      ['LDLD-HH', '2020-01-01', '2025-07-01'],
      ['CDX-19429', '2025-07-01', null],
    ]);
    expect(timeline.reorganizations[0]).toMatchObject({ operation: 'close', effectiveOn: '2025-07-01' });
  });

  it('rolls a past quarter up under the parent of that time', async () => {
    // Quarterly figures reported by grassroots unions (a stand-in for any periodic report).
    await t.db.pool.query('CREATE TABLE quarter_figures (unit_id bigint, quarter_end date, workers int)');
    await t.db.pool.query(
      `INSERT INTO quarter_figures SELECT id, q::date, 100 FROM org_units, unnest(ARRAY['2025-06-30', '2025-09-30']) q
        WHERE code IN ('QT-0006', 'QT-0007', 'QT-0008')`,
    );
    const rollup = async (code: string, quarterEnd: string) =>
      (
        await t.db.pool.query<{ n: number }>(
          `SELECT coalesce(sum(f.workers), 0)::int AS n FROM quarter_figures f
            WHERE f.quarter_end = $2 AND f.unit_id IN (SELECT unit_id FROM org_subtree_as_of($1, $2))`,
          [await unitId(t, code), quarterEnd],
        )
      ).rows[0]!.n;
    expect(await rollup('LDLD-HH', '2025-06-30')).toBe(300); // Q2: before the move, under the district federation
    expect(await rollup('CDX-19429', '2025-06-30')).toBe(0);
    expect(await rollup('LDLD-HH', '2025-09-30')).toBe(0); // Q3: after it, under the commune unions
    expect(await rollup('CDX-19429', '2025-09-30')).toBe(200);
    expect(await rollup('CDX-19432', '2025-09-30')).toBe(100);
    expect(await rollup('LDLD-44', '2025-06-30')).toBe(300); // the province sees both quarters
    expect(await rollup('LDLD-44', '2025-09-30')).toBe(300);
    const q2 = await admin.request('GET', `/api/org-units/${await unitId(t, 'LDLD-HH')}/counts?asOf=2025-05-15`);
    expect(q2.json()).toMatchObject({ units: 3, byKind: { grassroots_union: 3 } });
    const q3 = await admin.request('GET', `/api/org-units/${await unitId(t, 'CDX-19429')}/counts?asOf=2025-08-15`);
    expect(q3.json()).toMatchObject({ units: 2 });
  });
});

describe('bad input: a clear Vietnamese error and nothing changes', () => {
  it('refuses each with its code, message and field', async () => {
    const cases: RefusalCase[] = [
      [
        'a duplicate code',
        async () =>
          admin.request('POST', '/api/org-units', {
            code: 'QT-0001',
            name: 'Trùng mã',
            kind: 'grassroots_union',
            parentId: await unitId(t, 'CDX-19333'),
          }),
        'UNIT_CODE_TAKEN',
        /QT-0001 đã được dùng/,
      ],
      [
        'an administrative code not in that version (45 was Quảng Trị before 2025 only)',
        async () =>
          admin.request('POST', '/api/org-units', {
            code: 'QT-ADM',
            name: 'CĐCS Mã tỉnh cũ',
            kind: 'grassroots_union',
            parentId: await unitId(t, 'CDX-19333'),
            adminVersion: '2025-07-01',
            provinceCode: '45',
          }),
        'ADMIN_CODE_UNKNOWN',
        /Mã hành chính 45 \(trường provinceCode\) không có trong danh mục phiên bản 2025-07-01/,
      ],
      [
        'a malformed tax code',
        async () =>
          admin.request('PATCH', `/api/org-units/${await unitId(t, 'QT-0001')}`, { employerTaxCode: '12345' }),
        'TAX_CODE_INVALID',
        /10 hoặc 13 chữ số/,
      ],
    ];
    await expectRefusedUnchanged(t, cases);
  });

  it('accepts a valid 13-digit tax code and a commune of the right version', async () => {
    const res = await admin.request('PATCH', `/api/org-units/${await unitId(t, 'QT-0001')}`, {
      employerTaxCode: '3200123456-001',
      adminVersion: '2025-07-01',
      provinceCode: '44',
      communeCode: '19333',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ employerTaxCode: '3200123456001', communeName: 'Phường Đông Hà' });
  });
});

describe('search', () => {
  it('ignores diacritics and case, by name or code, within scope', async () => {
    const res = await admin.request('GET', '/api/org-units/search?q=huong%20hoa');
    expect(codes(res)).toContain('LDLD-HH');
    expect(codes(await admin.request('GET', '/api/org-units/search?q=KHE%20SANH'))).toContain('CDX-19429');
    expect(codes(await admin.request('GET', '/api/org-units/search?q=qt-000'))).toContain('QT-0001');
    expect(codes(await admin.request('GET', '/api/org-units/search?q=sa%20pa'))).toEqual([]); // Lào Cai: out of scope
  });

  it("names each hit's ancestors, and leaves closed units out of pickers (open=true)", async () => {
    const res = await admin.request('GET', '/api/org-units/search?q=khe%20sanh');
    const hit = res
      .json<{ items: { code: string; ancestors: string[] }[] }>()
      .items.find((u) => u.code === 'CDX-19429');
    expect(hit?.ancestors[0]).toMatch(/Quảng Trị/);
    expect(hit?.ancestors).not.toContain('Tổng Liên đoàn Lao động Việt Nam');
    expect(codes(await admin.request('GET', '/api/org-units/search?q=huong%20hoa&open=true'))).not.toContain('LDLD-HH');
    expect(codes(await admin.request('GET', '/api/org-units/search?q=CDX-19429&open=true'))).toContain('CDX-19429');
  });
});
