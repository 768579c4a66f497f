import { describe, expect, it } from 'vitest';
import { loadRouteExamples } from '../../testing/route-examples';
import { useTestApp } from '../../testing/test-app';
import { modules } from '../index';

const routeExamples = await loadRouteExamples();

const t = useTestApp();

describe('every mutating route leaves audit rows in the same request', () => {
  it(
    'writes audit rows tagged with the request id for each POST/PUT/PATCH/DELETE in the OpenAPI document',
    { timeout: 180_000 },
    async () => {
      const spec = (await t.anonymous('GET', '/api/openapi.json')).json<{
        paths: Record<string, Record<string, unknown>>;
      }>();
      const mutations = Object.entries(spec.paths).flatMap(([path, ops]) =>
        Object.keys(ops)
          .map((m) => m.toUpperCase())
          .filter((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m))
          .map((method) => ({ method, path })),
      );
      expect(mutations.length).toBeGreaterThanOrEqual(7);
      for (const { method, path } of mutations) {
        const key = `${method} ${path}`;
        let res;
        if (key === 'POST /api/auth/login') {
          res = await t.anonymous('POST', '/api/auth/login', { login: 'qt.canbo', password: t.password });
        } else {
          const example = routeExamples[key];
          expect(example, `example for ${key}`).toBeDefined();
          const call = await example!.build(t);
          const session = await t.signIn(example!.as);
          res = await session.request(method, call.url, call.body);
        }
        expect(res.statusCode, `${key} → ${res.body}`).toBe(200);
        const requestId = String(res.headers['x-request-id']);
        const { rows } = await t.db.pool.query<{ n: number; source: string }>(
          'SELECT count(*)::int AS n, min(source) AS source FROM audit_log WHERE request_id = $1',
          [requestId],
        );
        expect(rows[0]!.n, `${key} left no audit row`).toBeGreaterThan(0);
        expect(rows[0]!.source).toBe('web');
      }
    },
  );

  it('records actor, action, before and after for a change', async () => {
    const admin = await t.signIn('admin');
    const { rows: u } = await t.db.pool.query<{ id: number }>("SELECT id FROM app_users WHERE username = 'na.xem'");
    const res = await admin.request('POST', `/api/users/${u[0]!.id}/reset-password`, {});
    const { rows } = await t.db.pool.query(
      'SELECT actor_name, action, entity_type, entity_id, before, after FROM audit_log WHERE request_id = $1 AND entity_type = $2',
      [res.headers['x-request-id'], 'app_users'],
    );
    expect(rows[0]).toMatchObject({ actor_name: 'admin', action: 'user.reset_password', entity_id: String(u[0]!.id) });
    expect(rows[0].after.password_hash).toBe('[changed]');
    expect(rows[0].before.must_change_password).toBe(false);
    expect(rows[0].after.must_change_password).toBe(true);
  });

  // Tables a module declares without the trigger (module.ts auditExclusions), each with its reason:
  // security state, secrets, counters, staging, derived rollups, anonymous identities, the log itself.
  it('puts an audit trigger on every table except those the modules declare, each declared table existing', async () => {
    const excluded = modules.flatMap((m) => m.auditExclusions ?? []);
    for (const e of excluded) expect(e.why.length, e.table).toBeGreaterThan(10);
    const { rows: existing } = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname = ANY($1)`,
      [excluded.map((e) => e.table)],
    );
    expect(existing[0]!.n).toBe(excluded.length);
    const { rows } = await t.db.pool.query<{ table_name: string }>(
      `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> ALL($1)
          AND NOT EXISTS (SELECT 1 FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid
                           WHERE tg.tgrelid = c.oid AND p.proname = 'audit_row')`,
      [excluded.map((e) => e.table)],
    );
    expect(rows.map((r) => r.table_name)).toEqual([]);
  });
});
