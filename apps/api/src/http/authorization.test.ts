import { beforeAll, describe, expect, it } from 'vitest';
import { Permission } from '@congdoan/domain';
import { loadRouteExamples } from '../testing/route-examples';
import { useTestApp, type Session } from '../testing/test-app';

const routeExamples = await loadRouteExamples();

const t = useTestApp();

type Operation = { method: string; path: string; permission: string };
let operations: Operation[] = [];
let otherBranch: Session;

/**
 * Everything a write could touch: the core tables as one hash, plus the newest audit row — every
 * business table has an audit trigger, so a refused call that wrote anywhere would leave a row.
 */
async function fingerprint(): Promise<string> {
  const { rows } = await t.db.pool.query<{ f: string }>(
    `SELECT md5(concat_ws('|',
       (SELECT string_agg(u::text, ',' ORDER BY id) FROM org_units u),
       (SELECT string_agg(a::text, ',' ORDER BY id) FROM app_users a),
       (SELECT string_agg(g::text, ',' ORDER BY id) FROM role_grants g))) || ':' ||
       (SELECT coalesce(max(id), 0) FROM audit_log) AS f`,
  );
  return rows[0]!.f;
}

beforeAll(async () => {
  const spec = (await t.anonymous('GET', '/api/openapi.json')).json<{
    paths: Record<string, Record<string, { 'x-permission'?: string }>>;
  }>();
  operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      permission: op['x-permission'] ?? '',
    })),
  );
  // A Lào Cai official holding every role there: powerful, but on another branch than the examples.
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT 'lc.all', 'Lào Cai', password_hash, false, (SELECT id FROM org_units WHERE code = 'LDLD-15')
       FROM app_users WHERE username = 'admin' RETURNING id`,
  );
  await t.db.pool.query(
    `INSERT INTO role_grants (user_id, role, unit_id)
     SELECT $1, r, (SELECT id FROM org_units WHERE code = 'LDLD-15')
       FROM unnest(ARRAY['federation_admin','officer','viewer','auditor']) r`,
    [rows[0]!.id],
  );
  otherBranch = await t.signIn('lc.all');
});

describe('authorization over every route in /api/openapi.json', () => {
  it('finds the routes, each with a permission declaration and an example', () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
    const known = new Set(['public', 'authenticated', ...Object.values(Permission)]);
    for (const op of operations) expect(known, `${op.method} ${op.path}`).toContain(op.permission);
    const missing = operations
      .filter((op) => op.permission !== 'public')
      .map((op) => `${op.method} ${op.path}`)
      .filter((key) => !routeExamples[key]);
    expect(missing, 'add these to testing/route-examples.ts').toEqual([]);
  });

  it('answers 401 without a session on every non-public route', async () => {
    for (const op of operations.filter((o) => o.permission !== 'public')) {
      const example = await routeExamples[`${op.method} ${op.path}`]!.build(t);
      const res = await t.anonymous(op.method, example.url, example.body);
      expect(res.statusCode, `${op.method} ${op.path}`).toBe(401);
      expect(res.json().error.code).toMatch(/UNAUTHENTICATED|SESSION_EXPIRED/);
    }
  });

  it('answers 403 or 404 on another branch and changes nothing; lists leak nothing', async () => {
    for (const op of operations.filter((o) => o.permission !== 'public')) {
      const key = `${op.method} ${op.path}`;
      const example = routeExamples[key]!;
      if (example.self) continue;
      const call = await example.build(t);
      const before = await fingerprint();
      const res = await otherBranch.request(op.method, call.url, call.body);
      if (example.list) {
        expect(res.statusCode, key).toBe(200);
        expect(res.body, key).not.toMatch(/LDLD-44|Quảng Trị|CDX-19333/);
      } else {
        expect([403, 404], `${key} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      }
      expect(await fingerprint(), key).toBe(before);
    }
  });

  it('answers 403 to a role without the permission (viewer calling user administration)', async () => {
    const viewer = await t.signIn('na.xem');
    const res = await viewer.request('GET', '/api/users');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('works with the right role in scope', async () => {
    for (const op of operations.filter((o) => o.permission !== 'public')) {
      const key = `${op.method} ${op.path}`;
      const example = routeExamples[key]!;
      const call = await example.build(t);
      const session = await t.signIn(example.as);
      const res = await session.request(op.method, call.url, call.body);
      expect(res.statusCode, `${key} → ${res.body}`).toBe(200);
      if (example.list) expect(res.body, key).toMatch(/LDLD-44|Quảng Trị|CDX-19333/);
    }
  });

  it('refuses to register an /api route without a permission declaration', () => {
    expect(() => t.app.get('/api/undeclared', async () => ({ ok: true }))).toThrow();
  });
});
