import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createPool } from '../../db/open';
import { useTestApp, unitId } from '../../testing/test-app';

const t = useTestApp();

// A second API process: its own app and its own pool (own connections, own prepared statements),
// on the same database. Nothing about a session may be remembered in either process.
let other: FastifyInstance;
let otherPool: ReturnType<typeof createPool>;
beforeAll(async () => {
  otherPool = createPool(t.db.url, 2);
  other = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '.test-data/app' }),
    pool: otherPool,
    dbMode: 'server',
    serveWeb: false,
    logger: false,
  });
});
afterAll(async () => {
  await other?.close();
  await otherPool?.end();
});

const onOther = (cookie: string, url: string) => other.inject({ method: 'GET', url, headers: { cookie } });
const lastSeen = async (cookie: string) => {
  const { rows } = await t.db.pool.query<{ seconds: number }>(
    `SELECT extract(epoch FROM now() - last_seen_at)::float AS seconds FROM sessions
      WHERE id = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
    [decodeURIComponent(cookie.split('=')[1]!)],
  );
  return rows[0]?.seconds;
};

describe('sessions across processes', () => {
  it('writes last_seen_at at most once a minute, not on every request', async () => {
    const s = await t.signIn('na.xem');
    await t.db.pool.query(
      "UPDATE sessions SET last_seen_at = now() - interval '30 seconds' WHERE user_id = (SELECT id FROM app_users WHERE username = 'na.xem')",
    );
    for (let i = 0; i < 3; i++) expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect(await lastSeen(s.cookie)).toBeGreaterThanOrEqual(29);
    await t.db.pool.query(
      "UPDATE sessions SET last_seen_at = now() - interval '61 seconds' WHERE user_id = (SELECT id FROM app_users WHERE username = 'na.xem')",
    );
    expect((await onOther(s.cookie, '/api/auth/me')).statusCode).toBe(200);
    expect(await lastSeen(s.cookie)).toBeLessThan(5);
  });

  it('refuses a session signed out on one process at once on the other', async () => {
    const s = await t.signIn('qt.canbo');
    expect((await onOther(s.cookie, '/api/auth/me')).statusCode).toBe(200);
    expect((await s.request('POST', '/api/auth/logout', {})).statusCode).toBe(200);
    const after = await onOther(s.cookie, '/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('applies a revoked role on the other process at the next request', async () => {
    const admin = await t.signIn('admin');
    const officer = await t.signIn('qt.canbo');
    const qt = await unitId(t, 'LDLD-44');
    const children = `/api/org-units/${qt}/children`;
    expect((await onOther(officer.cookie, children)).statusCode).toBe(200);
    const me = (await officer.request('GET', '/api/auth/me')).json<{ user: { id: number; roles: { id: number }[] } }>();
    for (const role of me.user.roles) {
      const res = await admin.request('DELETE', `/api/users/${me.user.id}/roles/${role.id}`);
      expect(res.statusCode).toBe(200);
    }
    expect((await onOther(officer.cookie, children)).statusCode).toBe(403);
  });
});
