import { describe, expect, it } from 'vitest';
import { quangTriMember } from '../../testing/quang-tri';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

const t = useTestApp();

async function newEvent(s: Session, registration: Record<string, unknown> | null) {
  const res = await s.request('POST', '/api/events', {
    unitId: await unitId(t, 'LDLD-44'),
    title: 'Lễ phát động Tháng Công nhân',
    kind: 'launch_ceremony',
    startsAt: '2030-04-26T07:30:00+07:00',
    endsAt: '2030-04-26T11:30:00+07:00',
    placeAddress: 'Nhà văn hóa lao động tỉnh',
    registration,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ id: number }>().id;
}

const register = (s: Session, event: number, personId: number) =>
  s.request('POST', `/api/events/${event}/registrations`, { personId });

describe('editing and cancelling events', () => {
  it('turns registration on for an event created without it, then registers someone; audited', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, null);
    const person = await quangTriMember(t);
    expect((await register(s, event, person)).json().error.code).toBe('REGISTRATION_DISABLED');
    const res = await s.request('PATCH', `/api/events/${event}`, {
      title: 'Lễ phát động Tháng Công nhân năm 2030',
      registration: { capacity: 200, closesAt: '2030-04-25T17:00:00+07:00' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: 'Lễ phát động Tháng Công nhân năm 2030',
      registrationEnabled: true,
      capacity: 200,
      closesAt: '2030-04-25T10:00:00.000Z',
      placeAddress: 'Nhà văn hóa lao động tỉnh', // left out of the body: kept
    });
    expect((await register(s, event, person)).json().status).toBe('confirmed');
    const { rows } = await t.db.pool.query(
      `SELECT action, after->>'registration_enabled' AS enabled FROM audit_log
        WHERE entity_type = 'events' AND entity_id = $1::text AND action = 'event.update'`,
      [event],
    );
    expect(rows).toEqual([{ action: 'event.update', enabled: 'true' }]);
  });

  it('refuses a capacity below the confirmed seats, and a larger one moves the waitlist up in order', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, { capacity: 2 });
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await quangTriMember(t));
    const statuses = [];
    for (const p of people) statuses.push((await register(s, event, p)).json().status);
    expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

    const low = await s.request('PATCH', `/api/events/${event}`, { registration: { capacity: 1 } });
    expect(low.statusCode).toBe(409);
    expect(low.json().error).toMatchObject({ code: 'EVENT_CAPACITY_BELOW_CONFIRMED' });
    expect(low.json().error.message).toContain('đã có 2 người');
    expect((await s.request('GET', `/api/events/${event}`)).json().capacity).toBe(2);

    const up = await s.request('PATCH', `/api/events/${event}`, { registration: { capacity: 3 } });
    expect(up.json()).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 1 });
    const { rows } = await t.db.pool.query(
      `SELECT person_id::int AS p, status FROM registrations WHERE event_id = $1 ORDER BY id`,
      [event],
    );
    expect(rows.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    const seats = await t.db.pool.query('SELECT taken FROM event_seat_counts WHERE event_id = $1', [event]);
    expect(seats.rows[0].taken).toBe(3);
  });

  it('turning registration off keeps those registered; a bad time range is refused', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, { capacity: 5 });
    await register(s, event, await quangTriMember(t));
    const off = await s.request('PATCH', `/api/events/${event}`, { registration: null });
    expect(off.json()).toMatchObject({ registrationEnabled: false, confirmed: 1 });
    expect((await register(s, event, await quangTriMember(t))).json().error.code).toBe('REGISTRATION_DISABLED');
    const bad = await s.request('PATCH', `/api/events/${event}`, { endsAt: '2030-04-25T07:30:00+07:00' });
    expect(bad.json().error.code).toBe('EVENT_TIME_INVALID');
  });

  it('a cancelled event refuses registrations and edits, and tells those registered', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, { capacity: 5 });
    expect((await register(s, event, await quangTriMember(t))).statusCode).toBe(200);
    const res = await s.request('POST', `/api/events/${event}/cancel`, { reason: 'Bão số 5 đổ bộ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ cancelReason: 'Bão số 5 đổ bộ' });
    expect(res.json().cancelledAt).toEqual(expect.any(String));

    const late = await register(s, event, await quangTriMember(t));
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'EVENT_CANCELLED' });
    expect(late.json().error.message).toContain('Bão số 5 đổ bộ');
    expect((await s.request('PATCH', `/api/events/${event}`, { title: 'x' })).json().error.code).toBe(
      'EVENT_CANCELLED',
    );
    expect((await s.request('POST', `/api/events/${event}/cancel`, { reason: 'lần hai' })).statusCode).toBe(409);
    // the officer who registered the member is told, once
    const { rows } = await t.db.pool.query(
      `SELECT n.title FROM notifications n JOIN app_users u ON u.id = n.user_id
        WHERE n.kind = 'event_cancelled' AND n.link = $1`,
      [`/events/${event}`],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].title).toContain('đã bị hủy: Bão số 5 đổ bộ');
  });

  it('another province cannot edit or cancel, and nothing changes', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, null);
    const other = await t.signIn('na.xem');
    expect((await other.request('PATCH', `/api/events/${event}`, { title: 'x' })).statusCode).toBeGreaterThanOrEqual(
      403,
    );
    expect(
      (await other.request('POST', `/api/events/${event}/cancel`, { reason: 'x' })).statusCode,
    ).toBeGreaterThanOrEqual(403);
    expect((await s.request('GET', `/api/events/${event}`)).json()).toMatchObject({
      title: 'Lễ phát động Tháng Công nhân',
      cancelledAt: null,
    });
  });
});
