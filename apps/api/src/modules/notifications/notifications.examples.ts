import type { RouteExample } from '../../testing/route-examples';
import { qtNotification } from './notifications.fixtures';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

export const examples: Record<string, RouteExample> = {
  'GET /api/notifications': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/notifications' }) },
  'POST /api/notifications/{id}/read': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/notifications/${await qtNotification(t)}/read`, body: {} }),
  },
};
