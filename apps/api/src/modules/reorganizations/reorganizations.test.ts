import { beforeAll, describe, expect, it } from 'vitest';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { applyDueReorganizations } from './apply-due';
import { childCodes, expectRefusedUnchanged, type RefusalCase, treeFingerprint } from '../../testing/org-tree';

const t = useTestApp();
let admin: Session;

beforeAll(async () => {
  admin = await t.signIn('qt.quantri');
});

const children = (code: string, asOf?: string) => childCodes(t, admin, code, asOf);
const reorganize = (body: Record<string, unknown>) => admin.request('POST', '/api/reorganizations', body);
const parentCode = async (code: string) =>
  (
    await t.db.pool.query<{ code: string }>(
      'SELECT p.code FROM org_units u JOIN org_units p ON p.id = u.parent_id WHERE u.code = $1',
      [code],
    )
  ).rows[0]!.code;

const fingerprint = () => treeFingerprint(t);

async function pathsConsistent(): Promise<number> {
  const { rows } = await t.db.pool.query<{ bad: number }>(
    `SELECT count(*)::int AS bad FROM org_units c JOIN org_units p ON p.id = c.parent_id WHERE c.path <> p.path || c.id::text`,
  );
  return rows[0]!.bad;
}

/** A grassroots union with a union group inside, under a commune union, for tests to move around. */
async function scratch(code: string, parent = 'CDX-19333', founded = '2020-01-01'): Promise<number> {
  const { id } = await t.newUnit({ code, name: `CĐCS ${code}`, parent, foundedOn: founded });
  await t.newUnit({
    code: `${code}-T1`,
    name: 'Tổ công đoàn 1',
    kind: 'union_group',
    parent: code,
    foundedOn: founded,
  });
  return id;
}

describe('reorganisation operations', () => {
  it('moves a unit with its subtree at a past date: paths, history, current tree, audit; dry run changes nothing', async () => {
    const id = await scratch('QT-MV1');
    const target = await unitId(t, 'CDX-19351');
    const before = await fingerprint();
    const preview = await reorganize({
      operation: 'move',
      unitId: id,
      newParentId: target,
      effectiveOn: '2026-01-01',
      dryRun: true,
    });
    expect(preview.json()).toMatchObject({
      dryRun: true,
      status: 'preview',
      changes: [{ type: 'move', code: 'QT-MV1' }],
    });
    expect(await fingerprint()).toBe(before);
    const res = await reorganize({ operation: 'move', unitId: id, newParentId: target, effectiveOn: '2026-01-01' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'applied', changes: [{ fromParentName: 'Công đoàn phường Đông Hà' }] });
    expect(await parentCode('QT-MV1')).toBe('CDX-19351');
    expect(await pathsConsistent()).toBe(0);
    expect(await children('CDX-19333', '2025-12-31')).toContain('QT-MV1');
    expect(await children('CDX-19351', '2026-01-01')).toContain('QT-MV1');
    const audit = await t.db.pool.query(`SELECT DISTINCT entity_type FROM audit_log WHERE request_id = $1 ORDER BY 1`, [
      res.headers['x-request-id'],
    ]);
    expect(audit.rows.map((r) => r.entity_type)).toEqual(['org_unit_parents', 'org_units', 'reorganizations']);
  });

  it('stores a future move and applies it to the current tree when the date arrives', async () => {
    const id = await scratch('QT-FUT');
    const res = await reorganize({
      operation: 'move',
      unitId: id,
      newParentId: await unitId(t, 'CDX-19351'),
      effectiveOn: '2099-01-01',
    });
    expect(res.json().status).toBe('scheduled');
    expect(await parentCode('QT-FUT')).toBe('CDX-19333');
    expect(await children('CDX-19351', '2099-01-02')).toContain('QT-FUT');
    expect(await applyDueReorganizations(t.db.pool, new Date('2098-12-31T12:00:00Z'))).toBe(0);
    expect(await applyDueReorganizations(t.db.pool, new Date('2099-01-01T12:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await parentCode('QT-FUT')).toBe('CDX-19351');
    expect(await pathsConsistent()).toBe(0);
  });

  it('closes a unit, handing its children to a named target', async () => {
    const closing = await unitId(t, 'CDX-19432');
    const res = await admin.request('POST', `/api/org-units/${closing}/close`, {
      targetId: await unitId(t, 'CDX-19429'),
      effectiveOn: '2026-03-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await parentCode('QT-0008')).toBe('CDX-19429');
    const row = await t.db.pool.query("SELECT to_char(closed_on, 'YYYY-MM-DD') AS c FROM org_units WHERE id = $1", [
      closing,
    ]);
    expect(row.rows[0].c).toBe('2026-02-28');
    expect(await children('CDX-19432', '2026-02-28')).toEqual(['QT-0008']);
    expect(await children('LDLD-44', '2026-03-01')).not.toContain('CDX-19432');
  });

  it('merges units into a survivor and undoes it as a new dated operation', async () => {
    const survivor = await unitId(t, 'CDX-19333');
    const merged = await unitId(t, 'CDX-19351');
    const res = await reorganize({
      operation: 'merge',
      unitIds: [merged],
      survivorId: survivor,
      effectiveOn: '2026-04-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await parentCode('QT-0004')).toBe('CDX-19333');
    expect(await children('CDX-19351')).toEqual(expect.arrayContaining([]));
    const undo = await admin.request('POST', `/api/reorganizations/${res.json().id}/undo`, {
      effectiveOn: '2026-05-01',
    });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().changes.map((c: { type: string }) => c.type)).toContain('reopen');
    expect(await parentCode('QT-0004')).toBe('CDX-19351');
    expect(await children('CDX-19333', '2026-04-15')).toContain('QT-0004'); // history keeps the merged month
    const again = await admin.request('POST', `/api/reorganizations/${res.json().id}/undo`, {
      effectiveOn: '2026-06-01',
    });
    expect(again.json().error.code).toBe('REORG_ALREADY_UNDONE');
    expect(await pathsConsistent()).toBe(0);
  });

  it('splits a unit into new units that take some of its children', async () => {
    const kcn = await unitId(t, 'KCN-NDH');
    const res = await reorganize({
      operation: 'split',
      unitId: kcn,
      effectiveOn: '2026-06-01',
      newUnits: [
        {
          code: 'KCN-NDH-2',
          name: 'Công đoàn Khu công nghiệp Nam Đông Hà giai đoạn 2',
          kind: 'upper_union',
          subkind: 'industrial_zone_union',
          childIds: [await unitId(t, 'QT-0103'), await unitId(t, 'QT-0104')],
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await parentCode('KCN-NDH-2')).toBe('LDLD-44');
    expect(await children('KCN-NDH-2')).toEqual(['QT-0103', 'QT-0104']);
    expect(await children('KCN-NDH', '2026-05-31')).toContain('QT-0104');
  });

  it('renames and reclassifies now, and schedules a future rename', async () => {
    const id = await scratch('QT-RN1');
    const now = await reorganize({
      operation: 'rename',
      unitId: id,
      name: 'Nghiệp đoàn Xe ôm Đông Hà',
      subkind: 'nghiep_doan',
      effectiveOn: '2026-01-15',
    });
    expect(now.statusCode, now.body).toBe(200);
    const row = await t.db.pool.query('SELECT name, subkind FROM org_units WHERE id = $1', [id]);
    expect(row.rows[0]).toEqual({ name: 'Nghiệp đoàn Xe ôm Đông Hà', subkind: 'nghiep_doan' });
    const later = await reorganize({
      operation: 'rename',
      unitId: id,
      name: 'Tên tương lai',
      effectiveOn: '2099-02-01',
    });
    expect(later.json().status).toBe('scheduled');
    expect((await t.db.pool.query('SELECT name FROM org_units WHERE id = $1', [id])).rows[0].name).toBe(
      'Nghiệp đoàn Xe ôm Đông Hà',
    );
    await applyDueReorganizations(t.db.pool, new Date('2099-02-02T00:00:00Z'));
    expect((await t.db.pool.query('SELECT name FROM org_units WHERE id = $1', [id])).rows[0].name).toBe(
      'Tên tương lai',
    );
  });
});

describe('bad input: a clear Vietnamese error and nothing changes', () => {
  it('refuses each with its code, message and field', async () => {
    await scratch('QT-BAD');
    const cases: RefusalCase[] = [
      [
        'under its own descendant',
        async () =>
          reorganize({
            operation: 'move',
            unitId: await unitId(t, 'QT-BAD'),
            newParentId: await unitId(t, 'QT-BAD-T1'),
            effectiveOn: '2026-01-01',
          }),
        'REORG_CYCLE',
        /trực thuộc của chính nó/,
      ],
      [
        'into a closed unit',
        async () =>
          reorganize({
            operation: 'move',
            unitId: await unitId(t, 'QT-BAD'),
            newParentId: await unitId(t, 'LDLD-HH'),
            effectiveOn: '2026-01-01',
          }),
        'UNIT_CLOSED',
        /LDLD-HH đã giải thể/,
      ],
      [
        'an effective date before founding',
        async () =>
          reorganize({
            operation: 'move',
            unitId: await unitId(t, 'CDX-19429'),
            newParentId: await unitId(t, 'KCN-NDH'),
            effectiveOn: '2025-01-01',
          }),
        'EFFECTIVE_BEFORE_FOUNDED',
        /trước ngày thành lập 01\/07\/2025/,
      ],
    ];
    await expectRefusedUnchanged(t, cases);
  });
});
