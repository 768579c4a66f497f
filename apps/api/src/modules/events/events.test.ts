import { describe, expect, it } from 'vitest';
import { quangTriMember } from '../../testing/quang-tri';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { decodeQrPng, renderQrSvg } from '../../testing/qr-read-back';

const t = useTestApp();

async function newEvent(s: Session, registration: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const res = await s.request('POST', '/api/events', {
    unitId: await unitId(t, 'LDLD-44'),
    title: 'Khám sức khỏe miễn phí cho công nhân',
    kind: 'health_check',
    startsAt: '2030-04-26T07:30:00+07:00',
    endsAt: '2030-04-26T11:30:00+07:00',
    placeAddress: 'Khu công nghiệp Nam Đông Hà',
    coOrganisers: ['Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị'],
    sponsors: [{ name: 'Công ty Honda', cashVnd: 10_000_000, inKind: 'Thay dầu xe máy miễn phí' }],
    registration,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ id: number }>().id;
}

describe('events and registrations', () => {
  it('never oversells: 300 concurrent registrations for 10 places give 10 confirmed and a waitlist', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, { capacity: 10 });
    const people = await Promise.all(Array.from({ length: 300 }, () => quangTriMember(t)));
    const results = await Promise.all(
      people.map((personId) => s.request('POST', `/api/events/${event}/registrations`, { personId })),
    );
    const statuses = results.map((r) => (r.statusCode === 200 ? r.json().status : `error ${r.statusCode}`));
    expect(statuses.filter((x) => x === 'confirmed')).toHaveLength(10);
    expect(statuses.filter((x) => x === 'waitlisted')).toHaveLength(290);
    const { rows } = await t.db.pool.query(
      `SELECT (SELECT count(*)::int FROM registrations WHERE event_id = $1 AND status = 'confirmed') AS confirmed,
              (SELECT taken FROM event_seat_counts WHERE event_id = $1) AS taken`,
      [event],
    );
    expect(rows[0]).toEqual({ confirmed: 10, taken: 10 });
  });

  it('offers "Tôi đăng ký" only when the signed-in user could register themself now', async () => {
    const s = await t.signIn('qt.canbo');
    const can = async (id: number) => (await s.request('GET', `/api/events/${id}`)).json().canSelfRegister;
    const open = await newEvent(s, { capacity: 5 });
    expect(await can(open)).toBe(true);
    await s.request('POST', `/api/events/${open}/registrations`, {});
    expect(await can(open)).toBe(false);
    // an officer is registered as a user, never as a member
    expect(await can(await newEvent(s, { capacity: 5, membersOnly: true }))).toBe(false);
    const closed = { capacity: 5, opensAt: '2019-12-01T00:00:00+07:00', closesAt: '2020-01-01T00:00:00+07:00' };
    expect(await can(await newEvent(s, closed))).toBe(false);
    // the province officer's home unit is outside one grassroots union's event
    expect(await can(await newEvent(s, { capacity: 5, eligibleUnitId: await unitId(t, 'QT-0002') }))).toBe(false);
  });

  it('points a time error at its field (end, or registration close), so the form shows it there', async () => {
    const s = await t.signIn('qt.canbo');
    const body = {
      unitId: await unitId(t, 'LDLD-44'),
      title: 'Khám sức khỏe miễn phí cho công nhân',
      kind: 'health_check',
      startsAt: '2030-04-26T07:30:00+07:00',
      endsAt: '2030-04-26T11:30:00+07:00',
    };
    const endFirst = await s.request('POST', '/api/events', { ...body, endsAt: '2030-04-26T06:00:00+07:00' });
    expect(endFirst.json().error).toMatchObject({ code: 'EVENT_TIME_INVALID', details: { field: 'endsAt' } });
    const closesFirst = await s.request('POST', '/api/events', {
      ...body,
      registration: { capacity: 10, opensAt: '2030-04-20T08:00:00+07:00', closesAt: '2030-04-19T08:00:00+07:00' },
    });
    expect(closesFirst.json().error).toMatchObject({
      code: 'EVENT_TIME_INVALID',
      details: { field: 'registration.closesAt' },
    });
  });

  it('refuses twice, after close, outside scope and over quota with Vietnamese errors and no change', async () => {
    const s = await t.signIn('qt.canbo');
    const quotaUnit = await unitId(t, 'QT-0001');
    const event = await newEvent(s, { capacity: 50, quotas: [{ unitId: quotaUnit, capacity: 1 }], membersOnly: true });
    const a = await quangTriMember(t, 'QT-0001');
    const b = await quangTriMember(t, 'QT-0001');
    expect((await s.request('POST', `/api/events/${event}/registrations`, { personId: a })).json().status).toBe(
      'confirmed',
    );
    const count = async () =>
      (await t.db.pool.query('SELECT count(*)::int AS n FROM registrations WHERE event_id = $1', [event])).rows[0].n;
    const before = await count();
    const twice = await s.request('POST', `/api/events/${event}/registrations`, { personId: a });
    expect(twice.json().error).toMatchObject({ code: 'ALREADY_REGISTERED' });
    expect(twice.json().error.message).toContain('đã đăng ký');
    const quota = await s.request('POST', `/api/events/${event}/registrations`, { personId: b });
    expect(quota.json().error.code).toBe('OVER_QUOTA');
    expect(quota.json().error.message).toContain('hết chỉ tiêu');
    const selfReg = await s.request('POST', `/api/events/${event}/registrations`, {});
    expect(selfReg.json().error.code).toBe('MEMBERS_ONLY');
    // an event of one grassroots union: a member of another is outside the eligible scope
    const narrow = await newEvent(s, { capacity: 5, eligibleUnitId: await unitId(t, 'QT-0002') });
    const outside = await s.request('POST', `/api/events/${narrow}/registrations`, { personId: b });
    expect(outside.json().error.code).toBe('NOT_ELIGIBLE');
    const closed = await newEvent(s, {
      capacity: 5,
      closesAt: '2020-01-01T00:00:00+07:00',
      opensAt: '2019-12-01T00:00:00+07:00',
    });
    const late = await s.request('POST', `/api/events/${closed}/registrations`, { personId: b });
    expect(late.json().error.code).toBe('REGISTRATION_CLOSED');
    expect(late.json().error.message).toContain('01/01/2020');
    expect(await count()).toBe(before);
    const na = await t.signIn('na.xem');
    expect((await na.request('POST', `/api/events/${event}/registrations`, {})).statusCode).toBe(404);
  });

  it('says the event is full when it has no waitlist', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, { capacity: 1, waitlist: false });
    await s.request('POST', `/api/events/${event}/registrations`, { personId: await quangTriMember(t) });
    const full = await s.request('POST', `/api/events/${event}/registrations`, { personId: await quangTriMember(t) });
    expect(full.json().error).toMatchObject({ code: 'EVENT_FULL', message: 'Sự kiện đã đủ số chỗ.' });
  });

  it('promotes the first of the waitlist when a confirmed registration is cancelled', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, { capacity: 1 });
    const [a, b, c] = [await quangTriMember(t), await quangTriMember(t), await quangTriMember(t)];
    const ra = (await s.request('POST', `/api/events/${event}/registrations`, { personId: a })).json();
    const rb = (await s.request('POST', `/api/events/${event}/registrations`, { personId: b })).json();
    await s.request('POST', `/api/events/${event}/registrations`, { personId: c });
    expect(rb.status).toBe('waitlisted');
    expect((await s.request('POST', `/api/events/${event}/registrations/${ra.id}/cancel`, {})).json().status).toBe(
      'cancelled',
    );
    const list = (await s.request('GET', `/api/events/${event}/registrations`)).json().items;
    const byId = new Map(list.map((r: { id: number; status: string }) => [r.id, r.status]));
    expect(byId.get(rb.id)).toBe('confirmed');
    expect(list.filter((r: { status: string }) => r.status === 'confirmed')).toHaveLength(1);
  });

  it('checks in a signed ticket once; refuses forged, other-event and reused tickets; replays are idempotent', async () => {
    const s = await t.signIn('qt.canbo');
    const event = await newEvent(s, { capacity: 5 });
    const other = await newEvent(s, { capacity: 5 });
    const reg = (
      await s.request('POST', `/api/events/${event}/registrations`, { personId: await quangTriMember(t) })
    ).json();
    const ticket = (await s.request('GET', `/api/events/${event}/registrations/${reg.id}/ticket`)).json();
    // The printed ticket's QR: sized, a 4-module quiet zone, level Q, and it scans back to the token.
    const qr = renderQrSvg(ticket.qrSvg);
    expect(qr).toMatchObject({ width: '200', height: '200', quietLeft: 4, quietTop: 4, ecLevel: 'Q' });
    expect(decodeQrPng(qr.png)).toBe(ticket.token);
    const scan = (token: string, key: string, ev = event) =>
      s.request('POST', `/api/events/${ev}/checkins`, { token, idempotencyKey: key });
    const wrong = (await scan(ticket.token, 'k-other-0001', other)).json();
    expect(wrong).toMatchObject({ ok: false, code: 'TICKET_OTHER_EVENT' });
    expect(wrong.message).toContain('sự kiện khác');
    const forged = ticket.token.slice(0, -2) + (ticket.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await scan(forged, 'k-forged-0001')).json()).toMatchObject({ ok: false, code: 'TICKET_FORGED' });
    const first = (await scan(ticket.token, 'k-first-0001')).json();
    expect(first).toMatchObject({ ok: true, registration: { id: reg.id } });
    expect((await scan(ticket.token, 'k-first-0001')).json()).toMatchObject({ ok: true, replayed: true });
    const reused = (await scan(ticket.token, 'k-second-001')).json();
    expect(reused).toMatchObject({ ok: false, code: 'TICKET_ALREADY_USED' });
    // an offline batch replaying the same scan twice counts once
    const batch = await s.request('POST', `/api/events/${event}/checkins/batch`, {
      scans: [
        { token: ticket.token, idempotencyKey: 'k-first-0001' },
        { token: ticket.token, idempotencyKey: 'k-first-0001' },
      ],
    });
    expect(batch.json().results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect((await s.request('GET', `/api/events/${event}/attendance`)).json()).toMatchObject({
      confirmed: 1,
      checkedIn: 1,
    });
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM checkins WHERE event_id = $1', [event]);
    expect(rows[0].n).toBe(1);
  });

  it('lists the calendar in Asia/Ho_Chi_Minh and exports .ics, filtered by kind', async () => {
    const s = await t.signIn('qt.canbo');
    await newEvent(s, { capacity: 5 }, { title: 'Lễ phát động Tháng Công nhân', kind: 'launch_ceremony' });
    const list = (await s.request('GET', '/api/events?kind=launch_ceremony')).json().items;
    const mine = list.find((e: { title: string }) => e.title === 'Lễ phát động Tháng Công nhân');
    expect(mine.startsAt).toBe('2030-04-26T00:30:00.000Z');
    const ics = await s.request('GET', '/api/events/calendar.ics?kind=launch_ceremony');
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain('DTSTART:20300426T003000Z');
    expect(ics.body).not.toContain('Khám sức khỏe');
  });
});
