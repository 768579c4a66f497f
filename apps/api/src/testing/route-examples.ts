import type { TestApp } from './test-app';
import { unitId } from './test-app';
import { campaignRouteExamples } from './campaign-examples';
import { memberRouteExamples } from './member-examples';

/**
 * One example call per API operation, keyed "METHOD /openapi/path". The authorization and
 * audit-coverage tests walk /api/openapi.json and fail on any operation missing here, so a
 * new route cannot ship without being tested for permission and audit.
 *
 * `build` runs before signing in as `as`, so it may (re)create that account.
 * - `as`: a demo account whose role covers the example (Quảng Trị or the whole confederation).
 * - `self`: the route acts on the caller only (no other branch to test against).
 * - `list`: for another branch the answer is 200 but must not contain Quảng Trị data.
 */
export type RouteExample = {
  as: string;
  self?: boolean;
  list?: boolean;
  build: (t: TestApp) => Promise<{ url: string; body?: unknown }>;
};

/** A Quảng Trị officer the examples may change freely (password, roles) without breaking other sign-ins. */
async function quangTriUser(t: TestApp): Promise<{ id: number }> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT 'qt.thu', 'Thử nghiệm', password_hash, false, home_unit_id FROM app_users WHERE username = 'qt.canbo'
     ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, must_change_password = false
     RETURNING id`,
  );
  return { id: rows[0]!.id };
}

/** A finished job of qt.canbo about Quảng Trị, with a result file. */
async function quangTriJob(t: TestApp): Promise<number> {
  const key = 'test/2026-11/ket-qua.csv';
  await t.app.deps.files.put(key, Buffer.from('a,b\n1,2\n'));
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO jobs (kind, status, unit_id, created_by, done, total, result)
     SELECT 'test.export', 'succeeded', (SELECT id FROM org_units WHERE code = 'LDLD-44'), id, 2, 2,
            jsonb_build_object('fileKey', $1::text, 'fileName', 'ket-qua.csv')
       FROM app_users WHERE username = 'qt.canbo' RETURNING id`,
    [key],
  );
  return rows[0]!.id;
}

let throwaway = 0;

export const routeExamples: Record<string, RouteExample> = {
  ...campaignRouteExamples,
  ...memberRouteExamples,
  'POST /api/auth/logout': {
    as: 'qt.thu',
    self: true,
    build: async (t) => {
      await quangTriUser(t);
      return { url: '/api/auth/logout', body: {} };
    },
  },
  'GET /api/auth/me': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/auth/me' }) },
  'POST /api/auth/change-password': {
    as: 'qt.thu',
    self: true,
    build: async (t) => {
      await quangTriUser(t);
      return {
        url: '/api/auth/change-password',
        body: { currentPassword: t.password, newPassword: `Doi-mat-khau-${++throwaway}-2026` },
      };
    },
  },
  'GET /api/org-units/roots': { as: 'qt.canbo', list: true, build: async () => ({ url: '/api/org-units/roots' }) },
  'GET /api/org-units/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'CDX-19333')}` }),
  },
  'GET /api/org-units/{id}/children': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/children` }),
  },
  'GET /api/users': { as: 'qt.quantri', list: true, build: async () => ({ url: '/api/users' }) },
  'POST /api/users': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: '/api/users',
      body: {
        username: `qt.moi${++throwaway}`,
        displayName: 'Cán bộ mới',
        homeUnitId: await unitId(t, 'CDX-19333'),
        role: 'viewer',
      },
    }),
  },
  'POST /api/users/{id}/roles': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/users/${(await quangTriUser(t)).id}/roles`,
      body: { role: 'viewer', unitId: await unitId(t, `QT-000${++throwaway % 8 || 1}`) },
    }),
  },
  'DELETE /api/users/{id}/roles/{grantId}': {
    as: 'qt.quantri',
    build: async (t) => {
      const user = await quangTriUser(t);
      const { rows } = await t.db.pool.query<{ id: number }>(
        `INSERT INTO role_grants (user_id, role, unit_id) SELECT $1, 'viewer', id FROM org_units WHERE code = 'KCN-NDH'
         ON CONFLICT (user_id, role, unit_id) DO UPDATE SET role = excluded.role RETURNING id`,
        [user.id],
      );
      return { url: `/api/users/${user.id}/roles/${rows[0]!.id}` };
    },
  },
  'POST /api/users/{id}/reset-password': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/users/${(await quangTriUser(t)).id}/reset-password`, body: {} }),
  },
  'GET /api/audit': {
    as: 'kiemtra',
    list: true,
    build: async () => ({ url: '/api/audit?entityType=org_units&pageSize=200' }),
  },
  'GET /api/jobs': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/jobs' }) },
  'GET /api/jobs/{id}': { as: 'qt.canbo', build: async (t) => ({ url: `/api/jobs/${await quangTriJob(t)}` }) },
  'GET /api/jobs/{id}/file': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/jobs/${await quangTriJob(t)}/file` }),
  },
  'GET /api/audit/history': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/audit/history?entityType=org_units&entityId=${await unitId(t, 'LDLD-44')}` }),
  },
};
