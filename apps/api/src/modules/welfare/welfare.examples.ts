import type { RouteExample } from '../../testing/route-examples';
import { unitId, type TestApp } from '../../testing/test-app';
import { tripExamples } from './trips/trips.examples';
import { handoutExamples } from './handouts.examples';
import { voucherExamples } from './vouchers/vouchers.examples';
import { homeExamples } from './homes/homes.examples';
import { membersOf, qtNomination, qtProgramme } from './welfare.fixtures';
import { bulkExamples } from './bulk/bulk.examples';
import { attachmentExamples } from './attachments/attachments.examples';
import { applicationExamples } from './applications/applications.examples';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

const programmeBody = async (t: TestApp) => ({
  unitId: await unitId(t, 'LDLD-44'),
  kind: 'tet_gift',
  name: 'Quà Tết Bính Ngọ 2026',
  year: 2026,
  nominationFrom: '2026-01-01',
  nominationTo: '2026-12-31',
  benefitForm: 'cash',
  benefitVnd: 600000,
  totalCount: 3500,
  totalBudgetVnd: 2_100_000_000,
  funding: [
    { sourceKind: 'social_fund', amountVnd: 1_800_000_000 },
    { sourceKind: 'sponsor', sponsorName: 'Ngân hàng Vietinbank', amountVnd: 300_000_000 },
  ],
});

const readOthers = { 'qt.xem': 'allowed', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;

export const examples: Record<string, RouteExample> = {
  ...voucherExamples,
  ...bulkExamples,
  ...attachmentExamples,
  ...applicationExamples,
  ...homeExamples,
  'GET /api/welfare/programmes': {
    as: 'qt.canbo',
    list: true,
    others: readOthers,
    build: async (t) => {
      await qtProgramme(t);
      return { url: '/api/welfare/programmes' };
    },
  },
  'POST /api/welfare/programmes': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: '/api/welfare/programmes', body: await programmeBody(t) }),
  },
  'GET /api/welfare/programmes/{id}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/programmes/${await qtProgramme(t)}` }),
  },
  'PUT /api/welfare/programmes/{id}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/welfare/programmes/${await qtProgramme(t)}`, body: await programmeBody(t) }),
  },
  'GET /api/welfare/programmes/{id}/quotas': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/programmes/${await qtProgramme(t)}/quotas` }),
  },
  'GET /api/welfare/programmes/{id}/quota-proposal': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/welfare/programmes/${await qtProgramme(t)}/quota-proposal?unitId=${await unitId(t, 'LDLD-44')}&method=proportional`,
    }),
  },
  'PUT /api/welfare/programmes/{id}/quotas': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/programmes/${await qtProgramme(t)}/quotas`,
      body: {
        parentUnitId: await unitId(t, 'LDLD-44'),
        items: [{ unitId: await unitId(t, 'KCN-NDH'), count: 40, budgetVnd: 24_000_000 }],
      },
    }),
  },
  'GET /api/welfare/programmes/{id}/nominations': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/programmes/${(await qtNomination(t)).programmeId}/nominations` }),
  },
  'POST /api/welfare/programmes/{id}/nominations': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/programmes/${await qtProgramme(t)}/nominations`,
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        personId: (await membersOf(t, 'LDLD-44', 1))[0],
        reason: 'Bố mẹ già yếu, con nhỏ',
        hardshipCategory: 'Hoàn cảnh khó khăn',
      },
    }),
  },
  'PUT /api/welfare/nominations/{id}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/nominations/${(await qtNomination(t)).id}`,
      body: { reason: 'Ốm đau dài ngày', hardshipCategory: 'Ốm đau', amountVnd: 800000 },
    }),
  },
  'POST /api/welfare/nominations/{id}/submit': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/welfare/nominations/${(await qtNomination(t)).id}/submit` }),
  },
  'POST /api/welfare/nominations/{id}/review': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/nominations/${(await qtNomination(t, 'submitted')).id}/review`,
      body: { decision: 'approve' },
    }),
  },
  'POST /api/welfare/nominations/{id}/handout': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/nominations/${(await qtNomination(t, 'approved')).id}/handout`,
      body: { method: 'cash', handedBy: 'Trần Thị Hoa', place: 'Hội trường LĐLĐ tỉnh', handedOn: '2026-01-20' },
    }),
  },
  'GET /api/welfare/persons/{id}/benefits': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => {
      await qtNomination(t, 'approved');
      return { url: `/api/welfare/persons/${(await membersOf(t, 'LDLD-44', 1))[0]}/benefits` };
    },
  },
  ...tripExamples,
  ...handoutExamples,
};
