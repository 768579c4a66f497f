import { dashboardCharts } from '@congdoan/domain';
import type { RouteExample } from '../../testing/route-examples';
import { unitId } from '../../testing/test-app';
import { qtAssignment, qtOpenReport, qtSubmitted } from './reports.fixtures';
import { quarterlyForm } from './reports-demo';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

const readOthers = { 'qt.xem': 'allowed', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;
const draft = { entered: { 'dialogues.held': 3 }, narrative: { ket_qua: 'Hoàn thành các chỉ tiêu quý.' } };

export const examples: Record<string, RouteExample> = {
  'GET /api/reports/indicators': {
    as: 'qt.canbo',
    self: true,
    build: async () => ({ url: '/api/reports/indicators' }),
  },
  'GET /api/reports/forms': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/reports/forms' }) },
  'POST /api/reports/forms': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: '/api/reports/forms',
      body: { ...quarterlyForm, unitId: await unitId(t, 'LDLD-44'), name: 'Báo cáo quý của LĐLĐ tỉnh' },
    }),
  },
  'GET /api/reports/assignments': {
    as: 'qt.canbo',
    list: true,
    others: readOthers,
    build: async () => ({ url: '/api/reports/assignments' }),
  },
  'POST /api/reports/assignments': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const { rows } = await t.db.pool.query<{ id: number }>(
        `SELECT id::int FROM report_forms WHERE code = 'bc_quy' ORDER BY version DESC LIMIT 1`,
      );
      return {
        url: '/api/reports/assignments',
        body: {
          formId: rows[0]!.id,
          unitId: await unitId(t, 'LDLD-44'),
          periodFrom: '2026-10-01',
          periodTo: '2026-12-31',
          periodLabel: 'Quý IV năm 2026',
          deadline: '2027-01-10',
        },
      };
    },
  },
  'GET /api/reports/assignments/{id}/completeness': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/reports/assignments/${await qtAssignment(t)}/completeness` }),
  },
  'GET /api/reports/assignments/{id}/units/{unitId}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({
      url: `/api/reports/assignments/${await qtAssignment(t)}/units/${await unitId(t, 'QT-0001')}`,
    }),
  },
  'PUT /api/reports/assignments/{id}/units/{unitId}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: await qtOpenReport(t), body: draft }),
  },
  'POST /api/reports/assignments/{id}/units/{unitId}/submit': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `${await qtOpenReport(t)}/submit`, body: draft }),
  },
  'POST /api/reports/submissions/{id}/review': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const { submissionId } = await qtSubmitted(t);
      return { url: `/api/reports/submissions/${submissionId}/review`, body: { decision: 'approve' } };
    },
  },
  'GET /api/reports/assignments/{id}/units/{unitId}/indicators/{key}/rows': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({
      url: `/api/reports/assignments/${await qtAssignment(t)}/units/${await unitId(t, 'CDX-19333')}/indicators/members.active/rows`,
    }),
  },
  ...Object.fromEntries(
    (['docx', 'xlsx', 'pdf'] as const).map((ext) => [
      `GET /api/reports/assignments/{id}/units/{unitId}/report.${ext}`,
      {
        as: 'qt.canbo',
        others: readOthers,
        build: async (t) => ({
          url: `/api/reports/assignments/${await qtAssignment(t)}/units/${await unitId(t, 'CDX-19333')}/report.${ext}`,
        }),
      } satisfies RouteExample,
    ]),
  ),
  // Dashboards (dashboards/): read like the reports, targets and refresh like assigning them.
  'GET /api/dashboards/{unitId}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/dashboards/${await unitId(t, 'LDLD-44')}?year=2026` }),
  },
  ...Object.fromEntries(
    dashboardCharts.map((chart) => [
      `GET /api/dashboards/{unitId}/charts/${chart}.xlsx`,
      {
        as: 'qt.canbo',
        others: readOthers,
        build: async (t) => ({ url: `/api/dashboards/${await unitId(t, 'LDLD-44')}/charts/${chart}.xlsx` }),
      } satisfies RouteExample,
    ]),
  ),
  'PUT /api/dashboards/{unitId}/targets': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/dashboards/${await unitId(t, 'LDLD-44')}/targets`,
      body: { year: 2026, indicator: 'members.admitted', target: 1200 },
    }),
  },
  'POST /api/dashboards/{unitId}/refresh': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/dashboards/${await unitId(t, 'CDX-19333')}/refresh` }),
  },
};
