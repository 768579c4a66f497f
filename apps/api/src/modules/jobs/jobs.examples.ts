import type { RouteExample } from '../../testing/route-examples';
import { type TestApp } from '../../testing/test-app';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

/** A finished member export of qt.canbo about Quảng Trị, with a result file (CCCDs and phones). */
async function quangTriJob(t: TestApp): Promise<number> {
  const key = 'test/2026-11/ket-qua.csv';
  await t.app.deps.files.put(key, Buffer.from('a,b\n1,2\n'));
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO jobs (kind, status, unit_id, created_by, done, total, result)
     SELECT 'member.export', 'succeeded', (SELECT id FROM org_units WHERE code = 'LDLD-44'), id, 2, 2,
            jsonb_build_object('fileKey', $1::text, 'fileName', 'ket-qua.csv')
       FROM app_users WHERE username = 'qt.canbo' RETURNING id`,
    [key],
  );
  return rows[0]!.id;
}

export const examples: Record<string, RouteExample> = {
  'GET /api/jobs': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/jobs' }) },
  // Only holders of member.read and personal_data.read on the unit besides its owner (the auditor does).
  'GET /api/jobs/{id}': {
    as: 'qt.canbo',
    others: { 'qt.xem': 'refused', kiemtra: 'allowed' },
    build: async (t) => ({ url: `/api/jobs/${await quangTriJob(t)}` }),
  },
  'GET /api/jobs/{id}/file': {
    as: 'qt.canbo',
    others: { 'qt.xem': 'refused', kiemtra: 'allowed' },
    build: async (t) => ({ url: `/api/jobs/${await quangTriJob(t)}/file` }),
  },
};
