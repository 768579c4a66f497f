import type { RouteExample } from '../../../testing/route-examples';
import { qtTicketsProgramme, qtTrip, tripBodyFor } from './trips.fixtures';

// Example calls of the trip routes for the authorization and audit-coverage tests (welfare.examples.ts joins them).

const readOthers = { 'qt.xem': 'allowed', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;

export const tripExamples: Record<string, RouteExample> = {
  'GET /api/welfare/programmes/{id}/trips': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => {
      const programmeId = await qtTicketsProgramme(t);
      await qtTrip(t, programmeId);
      return { url: `/api/welfare/programmes/${programmeId}/trips` };
    },
  },
  'POST /api/welfare/programmes/{id}/trips': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/programmes/${await qtTicketsProgramme(t)}/trips`,
      body: tripBodyFor(45),
    }),
  },
  'PUT /api/welfare/trips/{id}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const { tripId } = await qtTrip(t, await qtTicketsProgramme(t));
      return { url: `/api/welfare/trips/${tripId}`, body: { ...tripBodyFor(50), operator: 'Đường sắt Sài Gòn' } };
    },
  },
};
