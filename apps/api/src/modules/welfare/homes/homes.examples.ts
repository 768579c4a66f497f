import type { RouteExample } from '../../../testing/route-examples';
import { MultipartBody } from '../../../testing/test-app';
import { homePng, qtHome, qtHomePhoto, qtHomeProgramme, qtMilestone } from './homes.fixtures';

// Example calls of the Union Home routes for the authorization and audit-coverage tests (joined into
// welfare.examples.ts, which testing/route-examples.ts reads).

const readOthers = { 'qt.xem': 'allowed', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;
const application = {
  kind: 'repair',
  familySituation: 'Nhà dột nát, chồng mất, nuôi hai con nhỏ',
  appliedOn: '2024-04-01',
  provinceCode: '44',
  communeCode: '19429',
  address: 'Thôn Tân Hòa, xã Khe Sanh',
  latitude: 16.622,
  longitude: 106.735,
};

export const homeExamples: Record<string, RouteExample> = {
  'GET /api/welfare/homes': {
    as: 'qt.canbo',
    list: true,
    others: readOthers,
    build: async (t) => {
      await qtHome(t);
      return { url: '/api/welfare/homes?provinceCode=44' };
    },
  },
  'POST /api/welfare/homes': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const programmeId = await qtHomeProgramme(t);
      const { rows } = await t.db.pool.query<{ id: number }>("SELECT id FROM org_units WHERE code = 'QT-0006'");
      return {
        url: '/api/welfare/homes',
        body: { ...application, programmeId, unitId: rows[0]!.id, fullName: 'Hồ Thị Ví Dụ' },
      };
    },
  },
  'GET /api/welfare/homes/{id}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/homes/${(await qtHome(t)).id}` }),
  },
  'PUT /api/welfare/homes/{id}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/welfare/homes/${(await qtHome(t)).id}`, body: application }),
  },
  'POST /api/welfare/homes/{id}/stages': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const home = await qtHome(t);
      await qtHomePhoto(t, home.id);
      return {
        url: `/api/welfare/homes/${home.id}/stages`,
        body: {
          stage: 'survey',
          surveyedOn: '2024-04-05',
          surveyedBy: 'Tổ khảo sát',
          surveyFindings: 'Cần sửa mái',
          estimatedCostVnd: 30_000_000,
        },
      };
    },
  },
  'PUT /api/welfare/homes/{id}/stages': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/homes/${(await qtHome(t, 'approval')).id}/stages`,
      body: { stage: 'approval', approvedOn: '2024-04-11', decisionNumber: '126/QĐ-LĐLĐ', approvedCostVnd: 55_000_000 },
    }),
  },
  'POST /api/welfare/homes/{id}/milestones': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/homes/${(await qtHome(t, 'ground_breaking')).id}/milestones`,
      body: { title: 'Xong phần móng', doneOn: '2024-05-20', progressPercent: 30 },
    }),
  },
  'PUT /api/welfare/homes/{id}/milestones/{milestoneId}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const home = await qtHome(t, 'ground_breaking');
      return {
        url: `/api/welfare/homes/${home.id}/milestones/${await qtMilestone(t, home.id)}`,
        body: { title: 'Xong phần móng và cột', doneOn: '2024-05-22', progressPercent: 40 },
      };
    },
  },
  'POST /api/welfare/homes/{id}/photos': {
    as: 'qt.canbo',
    upload: true,
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/homes/${(await qtHome(t)).id}/photos?stage=application`,
      body: new MultipartBody({ name: 'nha-cu.png', content: homePng(2) }),
    }),
  },
  'GET /api/welfare/homes/{id}/photos/{photoId}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => {
      const home = await qtHome(t);
      return { url: `/api/welfare/homes/${home.id}/photos/${await qtHomePhoto(t, home.id)}` };
    },
  },
};
