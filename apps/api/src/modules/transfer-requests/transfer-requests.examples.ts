import type { RouteExample } from '../../testing/route-examples';
import { unitId, type TestApp } from '../../testing/test-app';
import { qtMember } from '../../testing/quang-tri';

// Route examples of the transfer requests (declared by module.ts). Quảng Trị unions on both sides, so
// qt.canbo may act as the holding union (accept, refuse) and as the requesting one (create, cancel).

let n = 0;

/** A pending request from QT-0003 for a member held by QT-0001. */
async function qtRequest(t: TestApp): Promise<number> {
  const personId = await qtMember(t);
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO transfer_requests (person_id, unit_id, to_unit_id, requested_name)
     SELECT $1, (SELECT id FROM org_units WHERE code = 'QT-0001'), id, 'Nguyễn Thị Đề Nghị'
       FROM org_units WHERE code = 'QT-0003' RETURNING id::int`,
    [personId],
  );
  return rows[0]!.id;
}

/** A QT-0001 member with a fresh CCCD, for a request by hand. */
async function qtCccd(t: TestApp): Promise<string> {
  const personId = await qtMember(t);
  const cccd = `045${String(190_000_000 + ++n * 7919 + (Date.now() % 1_000_000)).padStart(9, '0')}`;
  await t.db.pool.query('UPDATE persons SET cccd = $2 WHERE id = $1', [personId, cccd]);
  return cccd;
}

export const examples: Record<string, RouteExample> = {
  'GET /api/transfer-requests': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtRequest(t);
      return { url: '/api/transfer-requests?direction=incoming' };
    },
  },
  'POST /api/transfer-requests': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/transfer-requests',
      body: { cccd: await qtCccd(t), toUnitId: await unitId(t, 'QT-0002'), requestedName: 'Nguyễn Thị Chuyển' },
    }),
  },
  'POST /api/transfer-requests/{id}/accept': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/transfer-requests/${await qtRequest(t)}/accept`, body: {} }),
  },
  'POST /api/transfer-requests/{id}/refuse': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/transfer-requests/${await qtRequest(t)}/refuse`,
      body: { reason: 'Đoàn viên chưa có nguyện vọng chuyển' },
    }),
  },
  'POST /api/transfer-requests/{id}/cancel': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/transfer-requests/${await qtRequest(t)}/cancel`, body: {} }),
  },
};
