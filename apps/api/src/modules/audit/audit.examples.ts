import type { RouteExample } from '../../testing/route-examples';
import { unitId } from '../../testing/test-app';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

export const examples: Record<string, RouteExample> = {
  'GET /api/audit': {
    as: 'kiemtra',
    list: true,
    build: async () => ({ url: '/api/audit?entityType=org_units&pageSize=200' }),
  },
  'GET /api/audit/history': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/audit/history?entityType=org_units&entityId=${await unitId(t, 'LDLD-44')}` }),
  },
};
