import type { RouteExample } from '../../testing/route-examples';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).
export const examples: Record<string, RouteExample> = {
  'GET /api/home': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/home' }) },
};
