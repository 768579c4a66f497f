import type { TestApp } from './test-app';

// Quảng Trị fixtures that examples and tests of several modules share (raw SQL: they set up state, not behaviour).
let n = 0;

/** A Quảng Trị officer the examples may change freely (password, roles) without breaking other sign-ins. */
export async function quangTriUser(t: TestApp): Promise<{ id: number }> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT 'qt.thu', 'Thử nghiệm', password_hash, false, home_unit_id FROM app_users WHERE username = 'qt.canbo'
     ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, must_change_password = false
     RETURNING id`,
  );
  return { id: rows[0]!.id };
}

/** A fresh grassroots union under Phường Đông Hà that examples may move, rename or close freely. */
export async function scratchUnit(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on)
     SELECT 'QT-TMP-' || nextval('org_units_id_seq'), 'CĐCS Thử nghiệm', 'grassroots_union', 'enterprise', id, '2020-01-01'
       FROM org_units WHERE code = 'CDX-19333' RETURNING id`,
  );
  return rows[0]!.id;
}

/** A member (active membership) of a Quảng Trị grassroots union. */
export async function quangTriMember(t: TestApp, code = 'QT-0001'): Promise<number> {
  const name = `Thử ${++n}`;
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO persons (family_name, given_name, full_name, sort_key) VALUES ('Nguyễn', $1, 'Nguyễn ' || $1, $1)
     RETURNING id::int`,
    [name],
  );
  await t.db.pool.query(
    `INSERT INTO memberships (person_id, unit_id, admitted_on) SELECT $1, id, '2020-01-01' FROM org_units WHERE code = $2`,
    [rows[0]!.id, code],
  );
  return rows[0]!.id;
}

/** A Quảng Trị member with a membership in `status`; returns the person id. */
export async function qtMember(
  t: TestApp,
  opts: { code?: string; status?: string; card?: boolean; name?: string; birthDate?: string } = {},
): Promise<number> {
  const i = ++n;
  const { rows } = await t.db.pool.query<{ id: number }>(
    `WITH u AS (SELECT id FROM org_units WHERE code = $1),
     p AS (INSERT INTO persons (unit_id, family_name, middle_name, given_name, full_name, sort_key, gender, birth_date)
           SELECT id, 'Nguyễn', 'Thị', $2, 'Nguyễn Thị ' || $2, $2, 'female', $4 FROM u RETURNING id, unit_id),
     m AS (INSERT INTO memberships (person_id, unit_id, admitted_on, status, card_number, card_issued_on)
           SELECT id, unit_id, '2024-01-01', $3, $5, CASE WHEN $5::text IS NULL THEN NULL ELSE '2024-01-01'::date END
             FROM p RETURNING id, unit_id, card_number),
     c AS (INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on)
           SELECT id, unit_id, card_number, '2024-01-01' FROM m WHERE card_number IS NOT NULL RETURNING 1)
     SELECT (SELECT id FROM p) AS id, (SELECT count(*) FROM c) AS cards`,
    [
      opts.code ?? 'QT-0001',
      opts.name ?? `Thử ${i}`,
      opts.status ?? 'active',
      opts.birthDate ?? '1990-01-01',
      opts.card ? `TEST-${Date.now()}-${i}` : null,
    ],
  );
  return rows[0]!.id;
}
