import { describe, expect, it } from 'vitest';
import { vietnameseSortKey } from '@congdoan/domain';
import { useTestApp } from './test-app';

const t = useTestApp();

const audited = async (entityType: string, id: number) =>
  (
    await t.db.pool.query<{ action: string; source: string }>(
      'SELECT action, source FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY id',
      [entityType, String(id)],
    )
  ).rows;

describe('test factories go through the use cases', () => {
  it('newUnit: a unit under the parent, audited', async () => {
    const unit = await t.newUnit({ code: 'QT-FACT1' });
    const { rows } = await t.db.pool.query<{ parent: string; path: string }>(
      `SELECT p.code AS parent, u.path::text AS path FROM org_units u JOIN org_units p ON p.id = u.parent_id WHERE u.id = $1`,
      [unit.id],
    );
    expect(rows[0]!.parent).toBe('CDX-19333');
    expect(await audited('org_units', unit.id)).toContainEqual({ action: 'org_unit.create', source: 'cli' });
  });

  it('newMember: the sort key is vietnameseSortKey of the name parts, rollups and audit as in production', async () => {
    const before = await t.db.pool.query<{ n: string }>(
      "SELECT unit_member_count(id) AS n FROM org_units WHERE code = 'QT-0002'",
    );
    const m = await t.newMember({ unit: 'QT-0002', person: { fullName: 'Đặng Thị Ánh' } });
    const { rows } = await t.db.pool.query<{ sort_key: string; family_name: string }>(
      'SELECT sort_key, family_name FROM persons WHERE id = $1',
      [m.id],
    );
    expect(rows[0]!.family_name).toBe('Đặng');
    expect(rows[0]!.sort_key).toBe(vietnameseSortKey({ familyName: 'Đặng', middleName: 'Thị', givenName: 'Ánh' }));
    const after = await t.db.pool.query<{ n: string }>(
      "SELECT unit_member_count(id) AS n FROM org_units WHERE code = 'QT-0002'",
    );
    expect(Number(after.rows[0]!.n)).toBe(Number(before.rows[0]!.n) + 1);
    expect(await audited('persons', m.id)).toContainEqual({ action: 'member.admit', source: 'cli' });
    const left = await t.newMember({ status: 'left' });
    const { rows: ms } = await t.db.pool.query('SELECT status FROM memberships WHERE id = $1', [left.membershipId]);
    expect(ms[0]!.status).toBe('left');
  });

  it('newUser: an account that signs in with its roles', async () => {
    const u = await t.newUser({ roles: ['viewer'] });
    const s = await t.signIn(u.username, u.password);
    const me = await s.request('GET', '/api/auth/me');
    expect(me.statusCode, me.body).toBe(200);
    expect(JSON.stringify(me.json())).toContain('viewer');
  });

  it('newEvent and newPetition: readable through the API', async () => {
    const s = await t.signIn('qt.canbo');
    const e = await t.newEvent();
    expect((await s.request('GET', `/api/events/${e.id}`)).statusCode).toBe(200);
    const p = await t.newPetition();
    expect((await s.request('GET', `/api/petitions/${p.id}`)).statusCode).toBe(200);
    expect(await audited('events', e.id)).toContainEqual({ action: 'event.create', source: 'cli' });
  });
});
