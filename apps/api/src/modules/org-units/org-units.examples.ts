import type { RouteExample } from '../../testing/route-examples';
import { unitId } from '../../testing/test-app';
import { scratchUnit } from '../../testing/quang-tri';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).
let throwaway = 0;

export const examples: Record<string, RouteExample> = {
  'GET /api/org-units/roots': { as: 'qt.canbo', list: true, build: async () => ({ url: '/api/org-units/roots' }) },
  'GET /api/org-units/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'CDX-19333')}` }),
  },
  'GET /api/org-units/{id}/children': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/children` }),
  },
  'GET /api/org-units/{id}/children/members': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/children/members` }),
  },
  'GET /api/org-units/search': {
    as: 'qt.canbo',
    list: true,
    build: async () => ({ url: '/api/org-units/search?q=19333' }),
  },
  'POST /api/org-units': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: '/api/org-units',
      body: {
        code: `QT-NEW-${++throwaway}`,
        name: 'CĐCS Công ty TNHH Mới',
        kind: 'grassroots_union',
        subkind: 'enterprise',
        parentId: await unitId(t, 'CDX-19333'),
        employerTaxCode: '3200123456',
      },
    }),
  },
  'PATCH /api/org-units/{id}': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/org-units/${await unitId(t, 'QT-0001')}`,
      body: { phone: `0233 385${++throwaway % 10}123` },
    }),
  },
  'POST /api/org-units/{id}/close': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/org-units/${await scratchUnit(t)}/close`,
      body: { targetId: await unitId(t, 'CDX-19351'), effectiveOn: '2026-01-01' },
    }),
  },
  'GET /api/org-units/{id}/counts': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/counts?asOf=2025-05-15` }),
  },
  'GET /api/org-units/{id}/dashboard': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/dashboard` }),
  },
  'GET /api/org-units/{id}/timeline': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'QT-0006')}/timeline` }),
  },
  'GET /api/org-units/{id}/committee': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/committee` }),
  },
  'POST /api/org-units/{id}/committee': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/org-units/${await unitId(t, 'CDX-19333')}/committee`,
      body: { label: '2025–2030', startsOn: '2025-09-01', members: [{ fullName: 'Võ Thị Lan', position: 'chair' }] },
    }),
  },
  'PUT /api/org-units/{id}/committee/{termId}': {
    as: 'qt.quantri',
    build: async (t) => {
      const unit = await unitId(t, 'CDX-19333');
      const { rows } = await t.db.pool.query<{ id: string }>(
        `INSERT INTO committee_terms (unit_id, label, starts_on) VALUES ($1, '2020–2025', '2020-09-01') RETURNING id`,
        [unit],
      );
      return {
        url: `/api/org-units/${unit}/committee/${rows[0]!.id}`,
        body: {
          label: `2020–2025 (${++throwaway})`,
          startsOn: '2020-09-01',
          endsOn: '2025-09-01',
          members: [{ fullName: 'Võ Thị Lan', position: 'chair' }],
        },
      };
    },
  },
  'GET /api/admin-units': {
    as: 'qt.canbo',
    self: true,
    build: async () => ({ url: '/api/admin-units?version=2025-07-01&provinceCode=44' }),
  },
};
