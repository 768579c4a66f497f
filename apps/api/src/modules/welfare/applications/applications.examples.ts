import type { RouteExample } from '../../../testing/route-examples';
import type { TestApp } from '../../../testing/test-app';
import { qtProgramme } from '../welfare.fixtures';

// Route examples of applications through event registrations (welfare.examples.ts spreads them in).

/** A programme of LĐLĐ Quảng Trị and an event of the province taking registrations. */
async function programmeAndEvent(t: TestApp, linked: boolean): Promise<{ programmeId: number; eventId: number }> {
  const programmeId = await qtProgramme(t);
  const { id: eventId } = await t.newEvent({
    input: { title: 'Chợ Tết Công đoàn trực tuyến', registration: { capacity: 10 } },
  });
  if (linked) {
    await t.db.pool.query('UPDATE welfare_programmes SET application_event_id = $2 WHERE id = $1', [
      programmeId,
      eventId,
    ]);
  }
  return { programmeId, eventId };
}

const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;

export const applicationExamples: Record<string, RouteExample> = {
  'PUT /api/welfare/programmes/{id}/application-event': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const { programmeId, eventId } = await programmeAndEvent(t, false);
      return { url: `/api/welfare/programmes/${programmeId}/application-event`, body: { eventId } };
    },
  },
  'POST /api/welfare/programmes/{id}/applications': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/programmes/${(await programmeAndEvent(t, true)).programmeId}/applications`,
    }),
  },
};
