import type { RouteExample } from '../../testing/route-examples';
import { quangTriUser } from '../../testing/quang-tri';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).
let throwaway = 0;

export const examples: Record<string, RouteExample> = {
  'POST /api/auth/logout': {
    as: 'qt.thu',
    self: true,
    build: async (t) => {
      await quangTriUser(t);
      return { url: '/api/auth/logout', body: {} };
    },
  },
  'GET /api/auth/me': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/auth/me' }) },
  'POST /api/auth/change-password': {
    as: 'qt.thu',
    self: true,
    build: async (t) => {
      await quangTriUser(t);
      return {
        url: '/api/auth/change-password',
        body: { currentPassword: t.password, newPassword: `Doi-mat-khau-${++throwaway}-2026` },
      };
    },
  },
};
