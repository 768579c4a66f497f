import { signTicket, ticketKey } from '../modules/events/ticket-token';
import type { RouteExample } from './route-examples';
import { MultipartBody, type TestApp } from './test-app';
import { uploadRefusals } from './multipart';

// Route examples for campaigns and events (kept apart from route-examples.ts to ease merging).
let n = 0;
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');

/** A Quảng Trị campaign (province level) with one activity measured by participants and gift value. */
export async function quangTriCampaign(t: TestApp): Promise<{ id: number; activityId: number }> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO campaigns (unit_id, kind, title, year, starts_on, ends_on, themes)
     SELECT id, 'workers_month', 'Tháng Công nhân năm 2024', 2024, '2024-05-01', '2024-05-31',
            ARRAY['Đoàn kết công nhân – Triển khai nghị quyết'] FROM org_units WHERE code = 'LDLD-44' RETURNING id::int`,
  );
  const id = rows[0]!.id;
  await t.db.pool.query('UPDATE campaigns SET root_id = id WHERE id = $1', [id]);
  const { rows: a } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO campaign_activities (campaign_id, unit_id, title, indicators)
     SELECT $1, unit_id, 'Thăm hỏi, tặng quà công nhân', ARRAY['participants', 'giftsVnd'] FROM campaigns WHERE id = $1
     RETURNING id::int`,
    [id],
  );
  return { id, activityId: a[0]!.id };
}

/** A Quảng Trị event open for registration by the whole province. */
export async function quangTriEvent(t: TestApp, capacity = 100): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO events (unit_id, title, kind, starts_at, ends_at, registration_enabled, capacity)
     SELECT id, 'Ngày hội Quảng Trị', 'health_check', '2030-05-10T01:00:00Z', '2030-05-10T09:00:00Z', true, $1
       FROM org_units WHERE code = 'LDLD-44' RETURNING id::int`,
    [capacity],
  );
  await t.db.pool.query('INSERT INTO event_seat_counts (event_id) VALUES ($1)', [rows[0]!.id]);
  return rows[0]!.id;
}

/** A member (active membership) of a Quảng Trị grassroots union. */
export async function quangTriMember(t: TestApp, code = 'QT-0001'): Promise<number> {
  const name = `Thử ${++n}`;
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO persons (family_name, given_name, full_name, sort_key) VALUES ('Nguyễn', $1, 'Nguyễn ' || $1, $1)
     RETURNING id::int`,
    [name],
  );
  await t.db.pool.query(
    `INSERT INTO memberships (person_id, unit_id, admitted_on) SELECT $1, id, '2020-01-01' FROM org_units WHERE code = $2`,
    [rows[0]!.id, code],
  );
  return rows[0]!.id;
}

/** A confirmed registration of a new member for a Quảng Trị event, with its signed ticket token. */
export async function quangTriRegistration(
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

export const campaignRouteExamples: Record<string, RouteExample> = {
  'GET /api/campaigns': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await quangTriCampaign(t);
      return { url: '/api/campaigns' };
    },
  },
  'POST /api/campaigns': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/campaigns',
      body: {
        unitId: (await t.db.pool.query("SELECT id::int FROM org_units WHERE code = 'LDLD-44'")).rows[0].id,
        kind: 'osh_month',
        title: `Tháng hành động ATVSLĐ ${++n}`,
        year: 2024,
        startsOn: '2024-05-01',
        endsOn: '2024-05-31',
        themes: ['An toàn lao động'],
        activities: [{ title: 'Kiểm tra an toàn', indicators: ['participants'] }],
      },
    }),
  },
  'GET /api/campaigns/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}` }),
  },
  'PATCH /api/campaigns/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}`,
      body: { title: 'Tháng Công nhân năm 2024 (sửa)', endsOn: '2024-06-15' },
    }),
  },
  'POST /api/campaigns/{id}/cancel': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/cancel`,
      body: { reason: 'Gộp vào kế hoạch Tháng hành động' },
    }),
  },
  'PATCH /api/campaigns/{id}/activities/{activityId}': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return { url: `/api/campaigns/${c.id}/activities/${c.activityId}`, body: { title: 'Thăm hỏi công nhân' } };
    },
  },
  'POST /api/campaigns/{id}/issue': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/issue`,
      body: { level: 'grassroots_union' },
    }),
  },
  'GET /api/campaigns/{id}/rollup': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}/rollup` }),
  },
  'POST /api/campaigns/{id}/activities': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/activities`,
      body: { title: 'Mô hình mới', indicators: ['dialogues'] },
    }),
  },
  'DELETE /api/campaigns/{id}/activities/{activityId}': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return { url: `/api/campaigns/${c.id}/activities/${c.activityId}` };
    },
  },
  'PUT /api/campaigns/{id}/activities/{activityId}/report': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return {
        url: `/api/campaigns/${c.id}/activities/${c.activityId}/report`,
        body: { done: true, doneOn: '2024-05-20', indicators: { participants: 120, giftsVnd: 50000000 } },
      };
    },
  },
  'POST /api/campaigns/{id}/activities/{activityId}/files': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return {
        url: `/api/campaigns/${c.id}/activities/${c.activityId}/files`,
        body: new MultipartBody({ name: 'anh.png', content: png }),
      };
    },
  },
  'POST /api/campaigns/{id}/plan': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/plan`,
      body: new MultipartBody({ name: 'ke-hoach.pdf', content: pdf }),
    }),
  },
  'GET /api/campaigns/{id}/plan': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      await t.app.deps.files.put('test/ke-hoach.pdf', pdf);
      await t.db.pool.query(
        "UPDATE campaigns SET plan_file_key = 'test/ke-hoach.pdf', plan_file_name = 'ke-hoach.pdf' WHERE id = $1",
        [c.id],
      );
      return { url: `/api/campaigns/${c.id}/plan` };
    },
  },
  'GET /api/campaigns/{id}/summary.docx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}/summary.docx` }),
  },
  'GET /api/campaigns/{id}/summary.xlsx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}/summary.xlsx` }),
  },
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
