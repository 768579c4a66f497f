import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Permission } from '@congdoan/domain';
import { auditedFingerprint, auditedTables } from '../testing/fingerprint';
import { apiOperations, type Operation } from '../testing/operations';
import { loadRouteExamples } from '../testing/route-examples';
import { MultipartBody, useTestApp, type Session } from '../testing/test-app';

const routeExamples = await loadRouteExamples();

const t = useTestApp();

let operations: Operation[] = [];
let otherBranch: Session;

/** Everything a write could touch: every audited table (testing/fingerprint.ts) and the newest audit row. */
const fingerprint = () => auditedFingerprint(t.db.pool);

beforeAll(async () => {
  operations = await apiOperations(t);
  // A Lào Cai official holding every role there: powerful, but on another branch than the examples.
  const laoCai = await t.newUser({
    username: 'lc.all',
    unit: 'LDLD-15',
    roles: ['federation_admin', 'officer', 'viewer', 'auditor'],
  });
  otherBranch = await t.signIn(laoCai.username, laoCai.password);
  // A Quảng Trị viewer (no personal_data.read, no write), for the examples' `others`.
  await t.db.pool.query(
    `WITH u AS (
       INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
       SELECT 'qt.xem', 'Xem Quảng Trị', password_hash, false, (SELECT id FROM org_units WHERE code = 'LDLD-44')
         FROM app_users WHERE username = 'admin' RETURNING id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT u.id, 'viewer', (SELECT id FROM org_units WHERE code = 'LDLD-44') FROM u`,
  );
});

/** Calls of receiveUpload in the modules: each is one upload route. */
function uploadCallSites(dir = path.join(__dirname, '../modules')): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return n + uploadCallSites(file);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return n;
    return n + (fs.readFileSync(file, 'utf8').match(/\breceiveUpload\(/g)?.length ?? 0);
  }, 0);
}

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

  it('answers 401 without a session on every non-public route', { timeout: 180_000 }, async () => {
    for (const op of operations.filter((o) => o.permission !== 'public')) {
      const example = await routeExamples[`${op.method} ${op.path}`]!.build(t);
      const res = await t.anonymous(op.method, example.url, example.body);
      expect(res.statusCode, `${op.method} ${op.path}`).toBe(401);
      expect(res.json().error.code).toMatch(/UNAUTHENTICATED|SESSION_EXPIRED/);
    }
  });

  it('answers 403 or 404 on another branch and changes nothing; lists leak nothing', { timeout: 180_000 }, async () => {
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

  it('works with the right role in scope', { timeout: 180_000 }, async () => {
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

  it(
    'has every upload route, sending a real multipart file, refused to a viewer and an auditor',
    { timeout: 180_000 },
    async () => {
      const uploads = Object.entries(routeExamples).filter(([, e]) => e.upload);
      expect(uploads.map(([key]) => key).length, 'flag each upload route with upload: true').toBe(uploadCallSites());
      for (const [key, example] of uploads) {
        expect(
          operations.map((op) => `${op.method} ${op.path}`),
          key,
        ).toContain(key);
        expect((await example.build(t)).body, key).toBeInstanceOf(MultipartBody);
        expect(example.others, key).toMatchObject({ 'qt.xem': 'refused', kiemtra: 'refused' });
      }
    },
  );

  it(
    'answers other accounts in scope by what they hold (viewer, auditor), changing nothing when refused',
    { timeout: 180_000 },
    async () => {
      const sessions = new Map<string, Session>();
      const checked: string[] = [];
      for (const op of operations.filter((o) => o.permission !== 'public')) {
        const key = `${op.method} ${op.path}`;
        for (const [username, expected] of Object.entries(routeExamples[key]!.others ?? {})) {
          if (!sessions.has(username)) sessions.set(username, await t.signIn(username));
          const call = await routeExamples[key]!.build(t);
          const before = await fingerprint();
          const res = await sessions.get(username)!.request(op.method, call.url, call.body);
          if (expected === 'allowed') {
            expect(res.statusCode, `${key} as ${username} → ${res.body}`).toBe(200);
          } else {
            expect([403, 404], `${key} as ${username} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
            expect(await fingerprint(), `${key} as ${username}`).toBe(before);
          }
          checked.push(`${key} ${username}`);
        }
      }
      expect(checked).toEqual(
        expect.arrayContaining([
          'GET /api/jobs/{id} qt.xem',
          'GET /api/jobs/{id}/file qt.xem',
          'GET /api/jobs/{id}/file kiemtra',
        ]),
      );
    },
  );

  it('fingerprints every audited table, so a refused write anywhere is seen', async () => {
    const tables = await auditedTables(t.db.pool);
    expect(tables).toEqual(expect.arrayContaining(['org_units', 'app_users', 'role_grants', 'persons', 'memberships']));
    expect(tables.length).toBeGreaterThanOrEqual(20);
    // a write the audit log does not show (triggers off, rolled back after) still changes the fingerprint
    const before = await fingerprint();
    const c = await t.db.pool.connect();
    try {
      for (const table of ['persons', 'dialogues', 'committee_terms']) {
        expect(tables).toContain(table);
        await c.query('BEGIN');
        await c.query("SET LOCAL session_replication_role = 'replica'");
        const { rowCount } = await c.query(`DELETE FROM ${table} WHERE id = (SELECT max(id) FROM ${table})`);
        expect(rowCount, table).toBe(1);
        expect(await auditedFingerprint(t.db.pool, c), table).not.toBe(before);
        await c.query('ROLLBACK');
      }
    } finally {
      c.release();
    }
    expect(await fingerprint()).toBe(before);
  });

  it('refuses to register an /api route without a permission declaration', () => {
    expect(() => t.app.get('/api/undeclared', async () => ({ ok: true }))).toThrow();
  });
});
