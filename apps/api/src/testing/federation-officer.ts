import { expect } from 'vitest';
import type { Session, TestApp } from './test-app';

/** An officer of one provincial federation (a fresh account per test file), signed in. */
export async function federationOfficer(app: TestApp, username: string, federation: string): Promise<Session> {
  await app.db.pool.query(
    `WITH u AS (
       INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
       SELECT $1, $1, password_hash, false, (SELECT id FROM org_units WHERE code = $2)
         FROM app_users WHERE username = 'admin' RETURNING id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT id, 'officer', (SELECT id FROM org_units WHERE code = $2) FROM u`,
    [username, federation],
  );
  return app.signIn(username);
}

/** Admits a person through the API (admitted 2020-01-01) and returns the membership's answer id. */
export async function admitThroughApi(s: Session, unit: number, person: Record<string, unknown>): Promise<number> {
  const res = await s.request('POST', '/api/members', { person, unitId: unit, admittedOn: '2020-01-01' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ id: number }>().id;
}
