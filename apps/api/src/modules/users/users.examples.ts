import type { RouteExample } from '../../testing/route-examples';
import { unitId } from '../../testing/test-app';
import { quangTriUser } from '../../testing/quang-tri';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).
let throwaway = 0;

export const examples: Record<string, RouteExample> = {
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
  'POST /api/users/{id}/clear-login-throttle': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/users/${(await quangTriUser(t)).id}/clear-login-throttle`, body: {} }),
  },
};
