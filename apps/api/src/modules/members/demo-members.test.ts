import { describe, expect, it } from 'vitest';
import { checkCccd, isMobilePhone, vietnameseSortKey } from '@congdoan/domain';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

describe('demo members', () => {
  it('every person of the demo (members, campaign registrants) has the sort key search and order rely on', async () => {
    const { rows } = await t.db.pool.query<{
      family_name: string;
      middle_name: string;
      given_name: string;
      sort_key: string;
    }>('SELECT family_name, middle_name, given_name, sort_key FROM persons');
    const wrong = rows.filter(
      (r) =>
        r.sort_key !==
        vietnameseSortKey({ familyName: r.family_name, middleName: r.middle_name, givenName: r.given_name }),
    );
    expect(wrong).toEqual([]);
  });

  it('are about 2,000 people with consistent CCCDs, valid phones, varied names, transfers and departures', async () => {
    const { rows } = await t.db.pool.query<{
      cccd: string | null;
      phone: string | null;
      gender: 'male' | 'female';
      birth: string;
      full_name: string;
      family_name: string;
    }>("SELECT cccd, phone, gender, to_char(birth_date, 'YYYY-MM-DD') AS birth, full_name, family_name FROM persons");
    expect(rows.length).toBeGreaterThanOrEqual(1900);
    for (const p of rows) {
      if (p.cccd) expect(checkCccd(p.cccd, { birthDate: p.birth, gender: p.gender }), p.cccd).toEqual([]);
      if (p.phone) expect(isMobilePhone(p.phone), p.phone).toBe(true);
    }
    const families = new Map<string, number>();
    for (const p of rows) families.set(p.family_name, (families.get(p.family_name) ?? 0) + 1);
    expect(families.size).toBeGreaterThan(15);
    const nguyen = (families.get('Nguyễn') ?? 0) / rows.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.46);
    expect(new Set(rows.map((p) => p.full_name)).size).toBeGreaterThan(1000);
    const { rows: s } = await t.db.pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM memberships GROUP BY status',
    );
    const by = Object.fromEntries(s.map((r) => [r.status, r.n]));
    expect(by.transferred_out).toBeGreaterThan(10);
    expect(by.in_transit).toBeGreaterThan(0);
    expect(by.left).toBeGreaterThan(10);
    expect(by.removed).toBeGreaterThan(0);
    // every grassroots union has members; the mirror on persons matches the latest membership
    const { rows: empty } = await t.db.pool.query(
      "SELECT code FROM org_units u WHERE kind = 'grassroots_union' AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.unit_id = u.id)",
    );
    expect(empty).toEqual([]);
    const { rows: drift } = await t.db.pool.query(
      `SELECT p.id FROM persons p JOIN memberships m ON m.id = p.membership_id
        WHERE m.unit_id <> p.unit_id OR m.status <> p.member_status`,
    );
    expect(drift).toEqual([]);
  });
});
