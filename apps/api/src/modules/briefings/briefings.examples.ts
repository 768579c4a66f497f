import type { RouteExample } from '../../testing/route-examples';
import { unitId, type TestApp } from '../../testing/test-app';
import { qtBriefing, qtTask } from './briefings.fixtures';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

const readOthers = { 'qt.xem': 'allowed', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;

const briefing = async (t: TestApp) => ({
  unitId: await unitId(t, 'LDLD-44'),
  kind: 'briefing',
  title: 'Hội nghị giao ban quý IV năm 2026',
  heldOn: '2027-01-12',
  chair: 'Chủ tịch LĐLĐ tỉnh',
  conclusions: 'Hoàn thành chăm lo Tết.',
});
const task = async (t: TestApp) => ({
  unitId: await unitId(t, 'CDX-19333'),
  title: 'Đạt 70 % doanh nghiệp tổ chức hội nghị người lao động',
  deadline: '2099-03-31',
  briefingId: await qtBriefing(t),
});

export const examples: Record<string, RouteExample> = {
  'GET /api/briefings': {
    as: 'qt.canbo',
    list: true,
    others: readOthers,
    build: async () => ({ url: '/api/briefings' }),
  },
  'POST /api/briefings': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: '/api/briefings', body: await briefing(t) }),
  },
  'GET /api/briefings/{id}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/briefings/${await qtBriefing(t)}` }),
  },
  'PUT /api/briefings/{id}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/briefings/${await qtBriefing(t)}`, body: await briefing(t) }),
  },
  'GET /api/briefings/{id}/minutes.docx': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/briefings/${await qtBriefing(t)}/minutes.docx` }),
  },
  'GET /api/briefings/{id}/notice.docx': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/briefings/${await qtBriefing(t)}/notice.docx` }),
  },
  'GET /api/tasks': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/tasks' }) },
  'POST /api/tasks': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: '/api/tasks', body: await task(t) }),
  },
  'PUT /api/tasks/{id}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/tasks/${await qtTask(t)}`, body: await task(t) }),
  },
  'POST /api/tasks/{id}/progress': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/tasks/${await qtTask(t)}/progress`, body: { status: 'in_progress' } }),
  },
};
