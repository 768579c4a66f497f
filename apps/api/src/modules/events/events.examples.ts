import { uploadRefusals } from '../../testing/multipart';
import type { RouteExample } from '../../testing/route-examples';
import { MultipartBody, type TestApp } from '../../testing/test-app';
import { quangTriMember } from '../../testing/quang-tri';
import { signTicket, ticketKey } from '../events/ticket-token';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).
let n = 0;
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A Quảng Trị event open for registration by the whole province. */
async function quangTriEvent(t: TestApp, capacity = 100): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO events (unit_id, title, kind, starts_at, ends_at, registration_enabled, capacity)
     SELECT id, 'Ngày hội Quảng Trị', 'health_check', '2030-05-10T01:00:00Z', '2030-05-10T09:00:00Z', true, $1
       FROM org_units WHERE code = 'LDLD-44' RETURNING id::int`,
    [capacity],
  );
  await t.db.pool.query('INSERT INTO event_seat_counts (event_id) VALUES ($1)', [rows[0]!.id]);
  return rows[0]!.id;
}

/** A confirmed registration of a new member for a Quảng Trị event, with its signed ticket token. */
async function quangTriRegistration(
  t: TestApp,
  eventId?: number,
): Promise<{ eventId: number; id: number; token: string }> {
  const event = eventId ?? (await quangTriEvent(t));
  const person = await quangTriMember(t);
  const code = `tk${String(++n).padStart(14, '0')}`;
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO registrations (event_id, unit_id, person_id, full_name, status, ticket_code)
     SELECT $1, p.unit_id, p.id, p.full_name, 'confirmed', $3 FROM persons p WHERE p.id = $2 RETURNING id::int`,
    [event, person, code],
  );
  await t.db.pool.query('UPDATE event_seat_counts SET taken = taken + 1 WHERE event_id = $1', [event]);
  return { eventId: event, id: rows[0]!.id, token: signTicket(await ticketKey(t.db.pool), event, code) };
}

export const examples: Record<string, RouteExample> = {
  'GET /api/events': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await quangTriEvent(t);
      return { url: '/api/events' };
    },
  },
  'GET /api/events/calendar.ics': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await quangTriEvent(t);
      return { url: '/api/events/calendar.ics' };
    },
  },
  'POST /api/events': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/events',
      body: {
        unitId: (await t.db.pool.query("SELECT id::int FROM org_units WHERE code = 'LDLD-44'")).rows[0].id,
        title: 'Khám sức khỏe công nhân',
        kind: 'health_check',
        startsAt: '2030-05-10T07:30:00+07:00',
        endsAt: '2030-05-10T11:30:00+07:00',
        registration: { capacity: 50 },
      },
    }),
  },
  'GET /api/events/{id}': { as: 'qt.canbo', build: async (t) => ({ url: `/api/events/${await quangTriEvent(t)}` }) },
  'GET /api/events/{id}/event.ics': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/events/${await quangTriEvent(t)}/event.ics` }),
  },
  'GET /api/me/calendar-feed': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/me/calendar-feed' }) },
  'POST /api/me/calendar-feed': {
    as: 'qt.canbo',
    self: true,
    build: async () => ({ url: '/api/me/calendar-feed', body: {} }),
  },
  'DELETE /api/me/calendar-feed': {
    as: 'qt.canbo',
    self: true,
    build: async (t) => {
      await t.db.pool.query(
        `INSERT INTO calendar_feeds (user_id, token_hash) SELECT id, md5(random()::text) FROM app_users
          WHERE username = 'qt.canbo' ON CONFLICT (user_id) DO NOTHING`,
      );
      return { url: '/api/me/calendar-feed' };
    },
  },
  'PATCH /api/events/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/events/${await quangTriEvent(t)}`,
      body: { title: 'Ngày hội Quảng Trị (dời lịch)', registration: { capacity: 120 } },
    }),
  },
  'POST /api/events/{id}/cancel': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/events/${await quangTriEvent(t)}/cancel`, body: { reason: 'Mưa bão' } }),
  },
  'POST /api/events/{id}/photos': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/events/${await quangTriEvent(t)}/photos`,
      body: new MultipartBody({ name: 'anh.png', content: png }),
    }),
  },
  'GET /api/events/{id}/photos/{index}': {
    as: 'qt.canbo',
    build: async (t) => {
      const id = await quangTriEvent(t);
      await t.app.deps.files.put('test/anh.png', png);
      await t.db.pool.query(
        `UPDATE events SET photos = '[{"key":"test/anh.png","fileName":"anh.png"}]' WHERE id = $1`,
        [id],
      );
      return { url: `/api/events/${id}/photos/0` };
    },
  },
  'DELETE /api/events/{id}/photos/{index}': {
    as: 'qt.canbo',
    build: async (t) => {
      const id = await quangTriEvent(t);
      await t.app.deps.files.put('test/xoa.png', png);
      await t.db.pool.query(
        `UPDATE events SET photos = '[{"key":"test/xoa.png","fileName":"xoa.png"}]' WHERE id = $1`,
        [id],
      );
      return { url: `/api/events/${id}/photos/0?key=test%2Fxoa.png` };
    },
  },
  'GET /api/events/{id}/registrations': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/events/${(await quangTriRegistration(t)).eventId}/registrations` }),
  },
  'GET /api/events/{id}/my-registrations': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/events/${await quangTriEvent(t)}/my-registrations` }),
  },
  'POST /api/events/{id}/registrations': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/events/${await quangTriEvent(t)}/registrations`,
      body: { personId: await quangTriMember(t) },
    }),
  },
  'POST /api/events/{id}/registrations/{registrationId}/cancel': {
    as: 'qt.canbo',
    build: async (t) => {
      const r = await quangTriRegistration(t);
      return { url: `/api/events/${r.eventId}/registrations/${r.id}/cancel`, body: {} };
    },
  },
  'GET /api/events/{id}/registrations/{registrationId}/ticket': {
    as: 'qt.canbo',
    build: async (t) => {
      const r = await quangTriRegistration(t);
      return { url: `/api/events/${r.eventId}/registrations/${r.id}/ticket` };
    },
  },
  'GET /api/events/{id}/registrations/{registrationId}/ticket.pdf': {
    as: 'qt.canbo',
    build: async (t) => {
      const r = await quangTriRegistration(t);
      return { url: `/api/events/${r.eventId}/registrations/${r.id}/ticket.pdf` };
    },
  },
  'GET /api/events/{id}/registrations.pdf': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/events/${(await quangTriRegistration(t)).eventId}/registrations.pdf` }),
  },
  'GET /api/events/{id}/tickets.pdf': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/events/${(await quangTriRegistration(t)).eventId}/tickets.pdf` }),
  },
  'POST /api/events/{id}/checkins': {
    as: 'qt.canbo',
    build: async (t) => {
      const r = await quangTriRegistration(t);
      return {
        url: `/api/events/${r.eventId}/checkins`,
        body: { token: r.token, idempotencyKey: `scan-${++n}-${Date.now()}` },
      };
    },
  },
  'POST /api/events/{id}/checkins/batch': {
    as: 'qt.canbo',
    build: async (t) => {
      const r = await quangTriRegistration(t);
      return {
        url: `/api/events/${r.eventId}/checkins/batch`,
        body: { scans: [{ token: r.token, idempotencyKey: `scan-${++n}-${Date.now()}` }] },
      };
    },
  },
  'GET /api/events/{id}/attendance': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/events/${await quangTriEvent(t)}/attendance` }),
  },
};
