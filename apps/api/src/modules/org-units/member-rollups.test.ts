import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { qtMember } from '../../testing/quang-tri';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

// Member rollups (unit_member_stats): after every kind of change they equal a full recount
// (member_rollups_check() is empty), and the unit touched moved by exactly the expected amount.
const t = useTestApp();

const check = async () => (await t.db.pool.query('SELECT * FROM member_rollups_check()')).rows;

/** The rollup of one unit as { 'status/gender': n } (zero rows left out). */
async function stats(code: string): Promise<Record<string, number>> {
  const { rows } = await t.db.pool.query<{ k: string; n: number }>(
    `SELECT s.status || '/' || s.gender AS k, s.n::int AS n FROM unit_member_stats s JOIN org_units u ON u.id = s.unit_id
      WHERE u.code = $1 AND s.n <> 0`,
    [code],
  );
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

/** What changed between two snapshots of stats(), zero entries left out. */
function diff(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const d = (after[k] ?? 0) - (before[k] ?? 0);
    if (d !== 0) out[k] = d;
  }
  return out;
}

async function ok(s: Session, method: string, url: string, body?: unknown) {
  const res = await s.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const newPerson = (name: string, gender: 'male' | 'female') => ({
  person: { fullName: `Nguyễn Văn ${name}`, gender, birthDate: '1991-03-04' },
  admittedOn: '2026-02-01',
});

describe('member rollups equal a full recount after each kind of change', () => {
  it('starts equal on the demo, and a rebuild gives the very rows the triggers maintained', async () => {
    expect(await check()).toEqual([]);
    const snapshot = async () =>
      (
        await t.db.pool.query(
          'SELECT unit_id, status, gender, n::int AS n FROM unit_member_stats WHERE n <> 0 ORDER BY 1, 2, 3',
        )
      ).rows;
    const maintained = await snapshot();
    expect(maintained.length).toBeGreaterThan(10);
    await t.db.pool.query('SELECT member_rollups_rebuild()');
    expect(await snapshot()).toEqual(maintained);
  });

  it('admit and batch admit', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0001');
    const before = await stats('QT-0001');
    await ok(s, 'POST', '/api/members', { ...newPerson('Một', 'male'), unitId: unit });
    await ok(s, 'POST', '/api/members/batch', {
      members: [
        { ...newPerson('Hai', 'female'), unitId: unit },
        { ...newPerson('Ba', 'female'), unitId: unit },
      ],
    });
    expect(diff(before, await stats('QT-0001'))).toEqual({ 'active/male': 1, 'active/female': 2 });
    expect(await check()).toEqual([]);
  });

  it('concurrent admissions to one union lose no count', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0003');
    const before = await stats('QT-0003');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        s.request('POST', '/api/members', { ...newPerson(`Song Song ${i}`, i % 2 ? 'male' : 'female'), unitId: unit }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    expect(diff(before, await stats('QT-0003'))).toEqual({ 'active/male': 6, 'active/female': 6 });
    expect(await check()).toEqual([]);
  });

  it('transfer request, confirm and refuse', async () => {
    const s = await t.signIn('qt.canbo');
    const [a, b] = [await qtMember(t), await qtMember(t)]; // female, QT-0001
    const from = await stats('QT-0001');
    const to = await stats('QT-0002');
    const tr1 = await ok(s, 'POST', `/api/members/${a}/transfer`, { toUnitId: await unitId(t, 'QT-0002') });
    const tr2 = await ok(s, 'POST', `/api/members/${b}/transfer`, { toUnitId: await unitId(t, 'QT-0002') });
    expect(diff(from, await stats('QT-0001'))).toEqual({ 'active/female': -2, 'in_transit/female': 2 });
    expect(await check()).toEqual([]);
    await ok(s, 'POST', `/api/members/transfers/${tr1.id}/confirm`, {});
    await ok(s, 'POST', `/api/members/transfers/${tr2.id}/refuse`, { reason: 'Không có tên' });
    expect(diff(from, await stats('QT-0001'))).toEqual({ 'active/female': -1, 'transferred_out/female': 1 });
    expect(diff(to, await stats('QT-0002'))).toEqual({ 'active/female': 1 });
    expect(await check()).toEqual([]);
  });

  it('leave, remove, deceased and reinstate', async () => {
    const s = await t.signIn('qt.canbo');
    const ids = [await qtMember(t), await qtMember(t), await qtMember(t)];
    const before = await stats('QT-0001');
    for (const [id, path] of [
      [ids[0], 'leave'],
      [ids[1], 'remove'],
      [ids[2], 'deceased'],
    ] as const) {
      await ok(s, 'POST', `/api/members/${id}/${path}`, { on: '2026-05-01', reason: 'Thử' });
    }
    expect(diff(before, await stats('QT-0001'))).toEqual({
      'active/female': -3,
      'left/female': 1,
      'removed/female': 1,
      'deceased/female': 1,
    });
    await ok(s, 'POST', `/api/members/${ids[0]}/reinstate`, { on: '2026-06-01' });
    // Reinstatement is a new membership: the ended one stays 'left'.
    expect(diff(before, await stats('QT-0001'))).toEqual({
      'active/female': -2,
      'left/female': 1,
      'removed/female': 1,
      'deceased/female': 1,
    });
    expect(await check()).toEqual([]);
  });

  it('person merge and its undo move memberships between people of different gender', async () => {
    const s = await t.signIn('qt.canbo');
    const keep = await qtMember(t, { code: 'QT-0003' }); // female
    const merge = await qtMember(t, { code: 'QT-0003', status: 'left' });
    await t.db.pool.query("UPDATE persons SET gender = 'male' WHERE id = $1", [merge]);
    expect(await check()).toEqual([]);
    const before = await stats('QT-0003');
    const res = await ok(s, 'POST', '/api/members/merges', { keepId: keep, mergeId: merge });
    expect(diff(before, await stats('QT-0003'))).toEqual({ 'left/male': -1, 'left/female': 1 });
    expect(await check()).toEqual([]);
    await ok(s, 'POST', `/api/members/merges/${res.mergeId}/undo`, {});
    expect(diff(before, await stats('QT-0003'))).toEqual({});
    expect(await check()).toEqual([]);
  });

  it('a gender change moves every membership of the person', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t, { code: 'QT-0002' });
    await t.db.pool.query(
      `INSERT INTO memberships (person_id, unit_id, admitted_on, status) VALUES ($1, $2, '2010-01-01', 'left')`,
      [id, await unitId(t, 'QT-0003')],
    );
    const [b2, b3] = [await stats('QT-0002'), await stats('QT-0003')];
    await ok(s, 'PUT', `/api/members/${id}`, { person: { fullName: 'Nguyễn Văn Đổi', gender: 'male' } });
    expect(diff(b2, await stats('QT-0002'))).toEqual({ 'active/female': -1, 'active/male': 1 });
    expect(diff(b3, await stats('QT-0003'))).toEqual({ 'left/female': -1, 'left/male': 1 });
    expect(await check()).toEqual([]);
  });

  it('reorganisation merge and close move open memberships in one statement each', async () => {
    const admin = await t.signIn('admin');
    const active = async (code: string) => (await stats(code))['active/female'] ?? 0;
    const [b4, b5, b6] = [await active('QT-0004'), await active('QT-0005'), await active('QT-0006')];
    expect(b5).toBeGreaterThan(0);
    await ok(admin, 'POST', '/api/reorganizations', {
      operation: 'merge',
      unitIds: [await unitId(t, 'QT-0005')],
      survivorId: await unitId(t, 'QT-0004'),
      effectiveOn: '2026-11-01',
    });
    expect(await active('QT-0005')).toBe(0);
    expect(await active('QT-0004')).toBe(b4 + b5);
    expect(await check()).toEqual([]);
    await ok(admin, 'POST', '/api/reorganizations', {
      operation: 'close',
      unitId: await unitId(t, 'QT-0006'),
      targetId: await unitId(t, 'QT-0004'),
      effectiveOn: '2026-11-01',
    });
    expect(await active('QT-0004')).toBe(b4 + b5 + b6);
    expect(await check()).toEqual([]);
  });

  it('a unit changing sector or province carries its members to the new top rows', async () => {
    const admin = await t.signIn('admin');
    const unit = await unitId(t, 'QT-0002');
    const top = async (code: string) =>
      (
        await t.db.pool.query<{ n: number }>(
          `SELECT coalesce(sum(n), 0)::int AS n FROM top_member_stats WHERE top_id = (SELECT id FROM org_units WHERE code = $1)
             AND status = 'active'`,
          [code],
        )
      ).rows[0]!.n;
    const active = async () =>
      (
        await t.db.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM memberships WHERE unit_id = $1 AND status = 'active'`,
          [unit],
        )
      ).rows[0]!.n;
    const n = await active();
    expect(n).toBeGreaterThan(0);
    const { rows } = await t.db.pool.query<{ sector: string | null }>('SELECT sector FROM org_units WHERE id = $1', [
      unit,
    ]);
    const sector = rows[0]!.sector === 'fdi' ? 'cooperative' : 'fdi';
    await ok(admin, 'PATCH', `/api/org-units/${unit}`, { sector });
    expect(await check()).toEqual([]);
    const [qt, lc] = [await top('LDLD-44'), await top('LDLD-15')];
    const { rows: upper } = await t.db.pool.query<{ id: number }>(
      `SELECT u.id FROM org_units u JOIN org_units p ON p.code = 'LDLD-15'
        WHERE u.path <@ p.path AND u.kind = 'upper_union' AND u.closed_on IS NULL ORDER BY u.id LIMIT 1`,
    );
    await ok(admin, 'POST', '/api/reorganizations', {
      operation: 'move',
      unitId: unit,
      newParentId: upper[0]!.id,
      effectiveOn: '2026-11-01',
    });
    expect([await top('LDLD-44'), await top('LDLD-15')]).toEqual([qt - n, lc + n]);
    expect(await check()).toEqual([]);
    // A whole subtree changing province: the path rewrite of its descendants is one nested UPDATE.
    const { rows: sub } = await t.db.pool.query<{ id: number; n: number }>(
      `SELECT u.parent_id AS id, (SELECT count(*)::int FROM memberships m JOIN org_units g ON g.id = m.unit_id
                                   JOIN org_units p ON p.id = u.parent_id
                                  WHERE g.path <@ p.path AND m.status = 'active') AS n
         FROM org_units u WHERE u.code = 'QT-0001'`,
    );
    expect(sub[0]!.n).toBeGreaterThan(0);
    await ok(admin, 'POST', '/api/reorganizations', {
      operation: 'move',
      unitId: sub[0]!.id,
      newParentId: await unitId(t, 'LDLD-15'),
      effectiveOn: '2026-11-01',
    });
    expect([await top('LDLD-44'), await top('LDLD-15')]).toEqual([qt - n - sub[0]!.n, lc + n + sub[0]!.n]);
    expect(await check()).toEqual([]);
  });

  it('stays equal under a random sequence of single-row and bulk changes, committed or rolled back', async () => {
    // mulberry32: the same sequence on every run, so a failure is reproducible.
    let seed = 20261124;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    const { rows: units } = await t.db.pool.query<{ id: number }>(
      `SELECT id FROM org_units WHERE kind = 'grassroots_union' AND code LIKE 'QT-%' ORDER BY id LIMIT 8`,
    );
    const unit = () => units[Math.floor(rnd() * units.length)]!.id;
    const statuses = ['active', 'in_transit', 'transferred_out', 'left', 'removed', 'deceased'];
    const status = () => statuses[Math.floor(rnd() * statuses.length)]!;
    const people: number[] = [];
    for (let i = 0; i < 12; i++) people.push(await qtMember(t, { status: 'left' }));
    const person = () => people[Math.floor(rnd() * people.length)]!;
    // Ended memberships only (no unique "one open membership" to trip over), plus status flips among them.
    const steps: [string, () => [string, unknown[]]][] = [
      [
        'insert one',
        () => [
          `INSERT INTO memberships (person_id, unit_id, admitted_on, status) VALUES ($1, $2, '2015-01-01', 'left')`,
          [person(), unit()],
        ],
      ],
      [
        'insert many',
        () => [
          `INSERT INTO memberships (person_id, unit_id, admitted_on, status)
           SELECT p, $2, '2016-01-01', 'removed' FROM unnest($1::bigint[]) p`,
          [people.filter(() => rnd() < 0.5), unit()],
        ],
      ],
      [
        'move a unit (bulk)',
        () => [
          `UPDATE memberships SET unit_id = $2 WHERE unit_id = $1 AND status NOT IN ('active', 'in_transit')`,
          [unit(), unit()],
        ],
      ],
      [
        'status of one',
        () => [
          `UPDATE memberships SET status = $2 WHERE id = (SELECT id FROM memberships WHERE person_id = $1
             AND status NOT IN ('active', 'in_transit') ORDER BY id LIMIT 1)`,
          [person(), ['left', 'removed', 'deceased', 'transferred_out'][Math.floor(rnd() * 4)]],
        ],
      ],
      [
        'person of one',
        () => [
          `UPDATE memberships SET person_id = $2 WHERE id = (SELECT id FROM memberships WHERE person_id = $1
             AND status NOT IN ('active', 'in_transit') ORDER BY id DESC LIMIT 1)`,
          [person(), person()],
        ],
      ],
      [
        'gender',
        () => [
          'UPDATE persons SET gender = $2 WHERE id = $1',
          [person(), [null, 'male', 'female'][Math.floor(rnd() * 3)]],
        ],
      ],
      [
        'unrelated columns (many)',
        () => [`UPDATE memberships SET status_reason = 'x' || $1 WHERE unit_id = $2`, [Math.floor(rnd() * 9), unit()]],
      ],
      [
        'delete one',
        () => [
          `DELETE FROM memberships WHERE id = (SELECT id FROM memberships WHERE person_id = $1 AND status = $2
             AND NOT EXISTS (SELECT 1 FROM memberships x WHERE x.previous_membership_id = memberships.id)
             AND NOT EXISTS (SELECT 1 FROM member_transfers x WHERE x.membership_id = memberships.id)
             AND NOT EXISTS (SELECT 1 FROM member_cards x WHERE x.membership_id = memberships.id)
             AND NOT EXISTS (SELECT 1 FROM persons x WHERE x.membership_id = memberships.id) LIMIT 1)`,
          [person(), status()],
        ],
      ],
    ];
    const client = await t.db.pool.connect();
    try {
      for (let i = 0; i < 150; i++) {
        const rollback = rnd() < 0.2;
        await client.query('BEGIN');
        for (let j = 0; j < 1 + Math.floor(rnd() * 3); j++) {
          const [, make] = steps[Math.floor(rnd() * steps.length)]!;
          const [sql, params] = make();
          await client.query(sql, params);
        }
        await client.query(rollback ? 'ROLLBACK' : 'COMMIT');
      }
    } finally {
      client.release();
    }
    expect(await check()).toEqual([]);
  });

  it('the check reports a rollup that drifted, and a rebuild repairs it', async () => {
    const qt1 = await unitId(t, 'QT-0001');
    await t.db.pool.query(
      `UPDATE unit_member_stats SET n = n + 5 WHERE unit_id = $1 AND status = 'active' AND gender = 'female'`,
      [qt1],
    );
    await t.db.pool.query(`UPDATE top_member_stats SET n = n - 2 WHERE top_id = $1 AND status = 'left' AND n > 2`, [
      await unitId(t, 'LDLD-44'),
    ]);
    const drift = await check();
    expect(drift.filter((r) => r.level === 'top').length).toBeGreaterThan(0);
    const unitDrift = drift.filter((r) => r.level === 'unit');
    expect(unitDrift).toHaveLength(1);
    expect(unitDrift[0]).toMatchObject({ level: 'unit', unit_id: qt1, status: 'active', gender: 'female' });
    expect(Number(unitDrift[0].stored) - Number(unitDrift[0].recounted)).toBe(5);
    // The CLI reports the drift (exit 1) and repairs it.
    const congdoan = (args: string[]) =>
      promisify(execFile)(process.execPath, [path.resolve('apps/cli/bin/congdoan.mjs'), ...args], {
        env: { ...process.env, DATABASE_URL: t.db.url },
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    const found = await congdoan(['rollups', 'check']);
    expect(found.code).toBe(1);
    expect(found.stderr).toContain(`unit ${qt1} active female: lưu`);
    expect((await congdoan(['rollups', 'rebuild'])).code).toBe(0);
    expect(await check()).toEqual([]);
    expect((await congdoan(['rollups', 'check'])).code).toBe(0);
  }, 90_000); // three CLI processes, each starting tsx: slow on a busy machine
});

describe('dashboard and children from the rollups', () => {
  async function direct(code: string) {
    const members = await t.db.pool.query<{ status: string; gender: string | null; sector: string | null; n: number }>(
      `SELECT m.status, p.gender, u.sector, count(*)::int AS n
         FROM memberships m JOIN persons p ON p.id = m.person_id JOIN org_units u ON u.id = m.unit_id
        WHERE u.path <@ (SELECT path FROM org_units WHERE code = $1) GROUP BY 1, 2, 3`,
      [code],
    );
    const units = await t.db.pool.query<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM org_units
        WHERE path <@ (SELECT path FROM org_units WHERE code = $1) AND code <> $1 AND closed_on IS NULL GROUP BY kind`,
      [code],
    );
    const out = { members: 0, byStatus: {}, byGender: {}, bySector: {}, units: 0, unitsByKind: {} } as {
      members: number;
      units: number;
    } & Record<'byStatus' | 'byGender' | 'bySector' | 'unitsByKind', Record<string, number>>;
    const add = (o: Record<string, number>, k: string, n: number) => (o[k] = (o[k] ?? 0) + n);
    for (const r of members.rows) {
      add(out.byStatus, r.status, r.n);
      if (r.status !== 'active') continue;
      out.members += r.n;
      add(out.byGender, r.gender ?? 'unknown', r.n);
      add(out.bySector, r.sector ?? 'none', r.n);
    }
    for (const r of units.rows) {
      out.unitsByKind[r.kind] = r.n;
      out.units += r.n;
    }
    return out;
  }

  it('dashboard numbers equal direct SQL counts (province, nation, one grassroots union)', async () => {
    const admin = await t.signIn('admin');
    for (const code of ['LDLD-44', 'TLD', 'QT-0001']) {
      const body = await ok(admin, 'GET', `/api/org-units/${await unitId(t, code)}/dashboard`);
      const expected = await direct(code);
      expect(body.members).toBeGreaterThan(0);
      expect(body).toEqual({ unitId: await unitId(t, code), ...expected });
    }
  });

  it('an officer of one province gets 404 on another province', async () => {
    const s = await t.signIn('qt.canbo');
    expect((await s.request('GET', `/api/org-units/${await unitId(t, 'LDLD-44')}/dashboard`)).statusCode).toBe(200);
    const other = await s.request('GET', `/api/org-units/${await unitId(t, 'LDLD-15')}/dashboard`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('UNIT_NOT_FOUND');
  });

  it('children show each child’s active members and /counts agrees with the dashboard today', async () => {
    const admin = await t.signIn('admin');
    const parent = await unitId(t, 'LDLD-44');
    const { rows: leaves } = await t.db.pool.query<{ id: number }>(
      `SELECT id FROM org_units WHERE kind = 'grassroots_union' AND code LIKE 'QT-%' ORDER BY id LIMIT 1`,
    );
    const grassParent = (
      await t.db.pool.query<{ parent_id: number }>('SELECT parent_id FROM org_units WHERE id = $1', [leaves[0]!.id])
    ).rows[0]!.parent_id;
    for (const p of [parent, grassParent]) {
      const items = (await ok(admin, 'GET', `/api/org-units/${p}/children`)).items as {
        id: number;
        memberCount: number;
      }[];
      const { rows } = await t.db.pool.query<{ id: number; n: number }>(
        `SELECT u.id, count(m.id)::int AS n FROM org_units u LEFT JOIN memberships m ON m.unit_id = u.id AND m.status = 'active'
          WHERE u.parent_id = $1 GROUP BY u.id`,
        [p],
      );
      const expected = new Map(rows.map((r) => [Number(r.id), r.n]));
      expect(items.length).toBeGreaterThan(0);
      for (const c of items) expect(c.memberCount).toBe(expected.get(c.id));
    }
    const counts = await ok(admin, 'GET', `/api/org-units/${parent}/counts`);
    const dash = await ok(admin, 'GET', `/api/org-units/${parent}/dashboard`);
    expect(counts.members).toBe(dash.members);
  });
});
