import { formatDateTimeVN } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { quangTriMember } from '../../../testing/quang-tri';
import { openPdf, qrCodesOnPage } from '../../../testing/pdf';
import { unitId, useTestApp, type Session } from '../../../testing/test-app';
import { qtTicketsProgramme, qtTrip, tripBodyFor } from './trips.fixtures';
import { welfareFigures } from '../welfare.fixtures';

const t = useTestApp();

const allocate = (s: Session, programmeId: number, parentUnitId: number, items: { unitId: number; count: number }[]) =>
  s.request('PUT', `/api/welfare/programmes/${programmeId}/quotas`, {
    parentUnitId,
    items: items.map((i) => ({ ...i, budgetVnd: 0 })),
  });

/** 10 tickets to the KCN Nam Đông Hà union, 10 to Phường Đông Hà and 3 of those on to CĐCS QT-0001. */
async function allocated(s: Session, programmeId: number) {
  const province = await unitId(t, 'LDLD-44');
  const zone = await unitId(t, 'KCN-NDH');
  const commune = await unitId(t, 'CDX-19333');
  const grassroots = await unitId(t, 'QT-0001');
  const a = await allocate(s, programmeId, province, [
    { unitId: zone, count: 10 },
    { unitId: commune, count: 10 },
  ]);
  expect(a.statusCode, a.body).toBe(200);
  const b = await allocate(s, programmeId, commune, [{ unitId: grassroots, count: 3 }]);
  expect(b.statusCode, b.body).toBe(200);
  return { province, zone, commune, grassroots };
}

const register = (s: Session, eventId: number, personId: number) =>
  s.request('POST', `/api/events/${eventId}/registrations`, { personId });

const tickets = async (programmeId: number) =>
  (
    await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM welfare_trip_tickets k JOIN welfare_trips tr ON tr.id = k.trip_id
         JOIN registrations r ON r.id = k.registration_id WHERE tr.programme_id = $1 AND r.status <> 'cancelled'`,
      [programmeId],
    )
  ).rows[0]!.n;

describe('trips home for Tết', () => {
  it('creates a trip as an event with its seats; edits it; refuses seats below the registered and a non-ticket programme', async () => {
    const s = await t.signIn('qt.canbo');
    const programmeId = await qtTicketsProgramme(t);
    const created = await s.request('POST', `/api/welfare/programmes/${programmeId}/trips`, tripBodyFor(45));
    expect(created.statusCode, created.body).toBe(200);
    const list = (await s.request('GET', `/api/welfare/programmes/${programmeId}/trips`)).json();
    expect(list.canEdit).toBe(true);
    expect(list.items).toHaveLength(1);
    const trip = list.items[0];
    expect(trip).toMatchObject({
      title: 'Xe khách: TP. Hồ Chí Minh – Đông Hà, Quảng Trị',
      transport: 'bus',
      operator: 'Nhà xe Phương Trang',
      vehicleRef: '51B-123.45',
      seats: 45,
      registered: 0,
      boarded: 0,
    });
    const event = (await s.request('GET', `/api/events/${trip.eventId}`)).json();
    expect(event).toMatchObject({ capacity: 45, registrationEnabled: true, waitlistEnabled: false, membersOnly: true });
    expect(event.placeAddress).toBe('Cổng KCN Tân Bình, quận Tân Phú');

    const edited = await s.request('PUT', `/api/welfare/trips/${trip.id}`, {
      ...tripBodyFor(29),
      transport: 'train',
      operator: 'Đường sắt Sài Gòn',
      vehicleRef: 'SE2',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = (await s.request('GET', `/api/welfare/programmes/${programmeId}/trips`)).json().items[0];
    expect(after).toMatchObject({
      title: 'Tàu hỏa: TP. Hồ Chí Minh – Đông Hà, Quảng Trị',
      seats: 29,
      vehicleRef: 'SE2',
    });

    // two registered: seats cannot drop to one
    const { zone } = await allocated(s, programmeId);
    expect(zone).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) {
      const r = await register(s, trip.eventId, await quangTriMember(t, 'QT-0101'));
      expect(r.statusCode, r.body).toBe(200);
    }
    const below = await s.request('PUT', `/api/welfare/trips/${trip.id}`, tripBodyFor(1));
    expect(below.statusCode).toBe(409);
    expect(below.json().error).toMatchObject({ code: 'WELFARE_TRIP_SEATS_BELOW_TAKEN' });
    expect(below.json().error.message).toContain('đã có 2 người đăng ký');
    expect((await s.request('GET', `/api/events/${trip.eventId}`)).json().capacity).toBe(29);

    const back = await s.request('PUT', `/api/welfare/trips/${trip.id}`, {
      ...tripBodyFor(29),
      arrivesAt: '2020-01-01T00:00:00+07:00',
    });
    expect(back.json().error.code).toBe('WELFARE_TRIP_TIME_INVALID');

    const { rows } = await t.db.pool.query<{ id: number }>(
      `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, benefit_form, benefit_vnd)
       SELECT id, 'tet_gift', 'Quà Tết', 2026, '2026-01-01', '2026-12-31', 'cash', 500000 FROM org_units
        WHERE code = 'LDLD-44' RETURNING id::int`,
    );
    await t.db.pool.query(
      'INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd) SELECT id, unit_id, 10, 0 FROM welfare_programmes WHERE id = $1',
      [rows[0]!.id],
    );
    const gift = await s.request('POST', `/api/welfare/programmes/${rows[0]!.id}/trips`, tripBodyFor(45));
    expect(gift.json().error).toMatchObject({ code: 'WELFARE_NOT_TICKETS' });
    expect(gift.json().error.message).toContain('Đưa công nhân về quê đón Tết');
  });

  it('never gives a unit more tickets than its quota: 24 concurrent registrations over two trips, quota 10', async () => {
    const s = await t.signIn('qt.canbo');
    const programmeId = await qtTicketsProgramme(t);
    await allocated(s, programmeId);
    const trips = [await qtTrip(t, programmeId, 45), await qtTrip(t, programmeId, 45)];
    const people = await Promise.all(Array.from({ length: 24 }, () => quangTriMember(t, 'QT-0102')));
    const results = await Promise.all(people.map((p, i) => register(s, trips[i % 2]!.eventId, p)));
    const ok = results.filter((r) => r.statusCode === 200);
    const refused = results.filter((r) => r.statusCode !== 200);
    expect(ok).toHaveLength(10);
    expect(ok.every((r) => r.json().status === 'confirmed')).toBe(true);
    expect(refused).toHaveLength(14);
    for (const r of refused) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('WELFARE_TICKET_QUOTA_FULL');
      expect(r.json().error.message).toBe(
        'Đơn vị Công đoàn Khu công nghiệp Nam Đông Hà đã dùng hết 10 vé được phân bổ.',
      );
    }
    expect(await tickets(programmeId)).toBe(10);
    // a refused registration left nothing behind
    const { rows } = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM registrations WHERE event_id = ANY($1::bigint[])`,
      [trips.map((x) => x.eventId)],
    );
    expect(rows[0]!.n).toBe(10);
    // the zone's quota now cannot drop below the 10 tickets taken, through the use case or straight SQL
    const province = await unitId(t, 'LDLD-44');
    const zone = await unitId(t, 'KCN-NDH');
    const lower = await allocate(s, programmeId, province, [{ unitId: zone, count: 9 }]);
    expect(lower.json().error.code).toBe('WELFARE_QUOTA_BELOW_USED');
    await expect(
      t.db.pool.query('UPDATE welfare_quotas SET count = 9 WHERE programme_id = $1 AND unit_id = $2', [
        programmeId,
        zone,
      ]),
    ).rejects.toThrow(/exceeded by its tickets/);
    // a cancelled registration gives its ticket back to the unit
    const first = ok[0]!.json<{ id: number; eventId: number }>();
    const cancel = await s.request('POST', `/api/events/${first.eventId}/registrations/${first.id}/cancel`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    const again = await register(s, trips[0]!.eventId, people[people.length - 1]!);
    expect(again.statusCode, again.body).toBe(200);
    expect(await tickets(programmeId)).toBe(10);
  });

  it('takes tickets from the nearest quota; refuses units without one in Vietnamese, and a second ticket per person', async () => {
    const s = await t.signIn('qt.canbo');
    const programmeId = await qtTicketsProgramme(t);
    await allocated(s, programmeId);
    const { eventId } = await qtTrip(t, programmeId);
    const other = await qtTrip(t, programmeId);

    // CĐCS QT-0004 sits under Phường Nam Đông Hà, which was given no tickets: the province's total is not a pool
    const outside = await register(s, eventId, await quangTriMember(t, 'QT-0004'));
    expect(outside.statusCode).toBe(409);
    expect(outside.json().error).toMatchObject({
      code: 'WELFARE_TICKET_NO_QUOTA',
      message:
        'Đơn vị CĐCS Công ty TNHH Xây dựng Nam Đông Hà chưa được phân bổ vé của chương trình này nên chưa đăng ký được chuyến về quê.',
    });
    // CĐCS QT-0002 has no quota of its own: it draws on Phường Đông Hà's 7 left after the 3 passed to QT-0001
    const commune = await register(s, eventId, await quangTriMember(t, 'QT-0002'));
    expect(commune.statusCode, commune.body).toBe(200);
    // QT-0001's own 3
    const members = await Promise.all(Array.from({ length: 4 }, () => quangTriMember(t, 'QT-0001')));
    const statuses = [];
    for (const p of members) statuses.push((await register(s, eventId, p)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 409]);
    const { rows } = await t.db.pool.query<{ unit: string; n: number }>(
      `SELECT u.code AS unit, count(*)::int AS n FROM welfare_trip_tickets k JOIN welfare_quotas q ON q.id = k.quota_id
         JOIN org_units u ON u.id = q.unit_id WHERE q.programme_id = $1 GROUP BY u.code ORDER BY u.code`,
      [programmeId],
    );
    expect(rows).toEqual([
      { unit: 'CDX-19333', n: 1 },
      { unit: 'QT-0001', n: 3 },
    ]);
    // one ticket per person in a programme, whichever trip
    const twice = await register(s, other.eventId, members[0]!);
    expect(twice.json().error).toMatchObject({ code: 'WELFARE_TICKET_ALREADY_HELD' });
    expect(twice.json().error.message).toContain('mỗi người một vé');
    // the quota table counts the tickets as used by the unit
    const table = (
      await s.request('GET', `/api/welfare/programmes/${programmeId}/quotas?unitId=${await unitId(t, 'CDX-19333')}`)
    ).json();
    expect(table.unit).toMatchObject({ count: 10, nominated: 1, allocatedBelow: 4 });
  });

  it('boards by scanning the printed ticket; tickets used count the boarded; the indicators read the same figures', async () => {
    const s = await t.signIn('qt.canbo');
    const programmeId = await qtTicketsProgramme(t, 50);
    await allocated(s, programmeId);
    // departing on a day no other test's trip departs, so the period's figures are this test's alone
    const { tripId, eventId } = await qtTrip(t, programmeId, 40, 55);
    const regs = [];
    for (let i = 0; i < 3; i++) {
      const r = await register(s, eventId, await quangTriMember(t, 'QT-0103'));
      expect(r.statusCode, r.body).toBe(200);
      regs.push(r.json<{ id: number; ticketToken: string }>());
    }
    const pdf = await s.request('GET', `/api/events/${eventId}/registrations/${regs[0]!.id}/ticket.pdf`);
    expect(pdf.statusCode).toBe(200);
    const doc = await openPdf(pdf.rawPayload);
    expect(doc.text[0]).toContain('Xe khách: TP. Hồ Chí Minh – Đông Hà, Quảng Trị');
    // a ticket home, not an admission ticket: route, departure, pickup, coach, the passenger
    expect(doc.text[0]).toContain('VÉ XE VỀ QUÊ ĂN TẾT');
    expect(doc.text[0]).not.toContain('VÉ THAM DỰ');
    expect(doc.text[0]).toContain('Tuyến: TP. Hồ Chí Minh – Đông Hà, Quảng Trị');
    expect(doc.text[0]).toContain(`Khởi hành: ${formatDateTimeVN(tripBodyFor(40, 55).departsAt)}`);
    expect(doc.text[0]).toContain('Nơi đón: Cổng KCN Tân Bình');
    expect(doc.text[0]).toContain('Nhà xe: Nhà xe Phương Trang · biển số 51B-123.45');
    expect(doc.text[0]).toContain('Hành khách');
    const [scanned] = await qrCodesOnPage(pdf.rawPayload, 1);
    expect(scanned).toBe(regs[0]!.ticketToken);

    const board = await s.request('POST', `/api/events/${eventId}/checkins`, {
      token: scanned,
      idempotencyKey: 'boarding-scan-1',
    });
    expect(board.json()).toMatchObject({ ok: true });
    // the same scan synced twice counts once; a second scan of the ticket is refused
    await s.request('POST', `/api/events/${eventId}/checkins`, { token: scanned, idempotencyKey: 'boarding-scan-1' });
    const reused = await s.request('POST', `/api/events/${eventId}/checkins`, {
      token: scanned,
      idempotencyKey: 'boarding-scan-2',
    });
    expect(reused.json()).toMatchObject({ ok: false, code: 'TICKET_ALREADY_USED' });

    const list = (await s.request('GET', `/api/welfare/programmes/${programmeId}/trips`)).json();
    expect(list.items.find((x: { id: number }) => x.id === tripId)).toMatchObject({ registered: 3, boarded: 1 });
    expect(list.tickets).toEqual({ allocated: 50, registered: 3, used: 1 });

    const departs = list.items[0].departsAt as string;
    const day = new Date(new Date(departs).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const province = await welfareFigures(t, await unitId(t, 'LDLD-44'), { from: day, to: day });
    expect(province).toMatchObject({
      'welfare.tickets_allocated': 50,
      'welfare.tickets_registered': 3,
      'welfare.tickets_used': 1,
    });
    // the same beside its children (a report page): the zone's 10 come out of the 50, not on top of them
    expect(await welfareFigures(t, await unitId(t, 'LDLD-44'), { from: day, to: day }, true)).toEqual(province);
    // the zone's subtree: its own 10 tickets (not the province's 50), its members' registrations
    const zone = await welfareFigures(t, await unitId(t, 'KCN-NDH'), { from: day, to: day });
    expect(zone).toMatchObject({
      'welfare.tickets_allocated': 10,
      'welfare.tickets_registered': 3,
      'welfare.tickets_used': 1,
    });
    const commune = await welfareFigures(t, await unitId(t, 'CDX-19333'), { from: day, to: day });
    expect(commune).toMatchObject({ 'welfare.tickets_allocated': 10, 'welfare.tickets_used': 0 });
    const before = await welfareFigures(t, await unitId(t, 'LDLD-44'), { from: '2000-01-01', to: '2000-01-02' });
    expect(before['welfare.tickets_registered']).toBe(0);
  });

  it("prints a plane trip's tickets as plane tickets home, a train's as train tickets", async () => {
    const s = await t.signIn('qt.canbo');
    for (const [transport, operator, vehicleRef, heading, carrier] of [
      [
        'plane',
        'Vietnam Airlines',
        'VN 1402',
        'VÉ MÁY BAY VỀ QUÊ ĂN TẾT',
        'Hãng bay: Vietnam Airlines · chuyến bay VN 1402',
      ],
      ['train', 'Đường sắt Việt Nam', 'SE2', 'VÉ TÀU VỀ QUÊ ĂN TẾT', 'Đơn vị vận tải: Đường sắt Việt Nam · tàu SE2'],
    ] as const) {
      const programmeId = await qtTicketsProgramme(t, 50);
      await allocated(s, programmeId);
      const body = { ...tripBodyFor(30, 44), transport, operator, vehicleRef };
      const created = await s.request('POST', `/api/welfare/programmes/${programmeId}/trips`, body);
      expect(created.statusCode, created.body).toBe(200);
      const { rows } = await t.db.pool.query('SELECT event_id::int AS id FROM welfare_trips WHERE id = $1', [
        created.json().id,
      ]);
      const r = await register(s, rows[0].id, await quangTriMember(t, 'QT-0103'));
      expect(r.statusCode, r.body).toBe(200);
      const pdf = await s.request('GET', `/api/events/${rows[0].id}/tickets.pdf`);
      expect(pdf.statusCode, pdf.body).toBe(200);
      const text = (await openPdf(pdf.rawPayload)).text[0]!;
      expect(text).toContain(heading);
      expect(text).not.toContain('VÉ THAM DỰ');
      expect(text).toContain(carrier);
      expect(text).toContain('Tuyến: TP. Hồ Chí Minh – Đông Hà, Quảng Trị');
    }
  });

  it('gives the tickets of a cancelled trip back: the unit may use them and its members register on another trip', async () => {
    const s = await t.signIn('qt.canbo');
    const programmeId = await qtTicketsProgramme(t);
    const province = await unitId(t, 'LDLD-44');
    const zone = await unitId(t, 'KCN-NDH');
    expect((await allocate(s, programmeId, province, [{ unitId: zone, count: 1 }])).statusCode).toBe(200);
    const first = await qtTrip(t, programmeId);
    const second = await qtTrip(t, programmeId);
    const person = await quangTriMember(t, 'QT-0104');
    expect((await register(s, first.eventId, person)).statusCode).toBe(200);
    const full = await register(s, second.eventId, await quangTriMember(t, 'QT-0104'));
    expect(full.json().error.code).toBe('WELFARE_TICKET_QUOTA_FULL');
    const cancel = await s.request('POST', `/api/events/${first.eventId}/cancel`, { reason: 'Nhà xe hủy chuyến' });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(await tickets(programmeId)).toBe(1); // the row stays, the count below leaves it out
    const moved = await register(s, second.eventId, person);
    expect(moved.statusCode, moved.body).toBe(200);
    const list = (await s.request('GET', `/api/welfare/programmes/${programmeId}/trips`)).json();
    expect(list.tickets).toMatchObject({ registered: 1 });
    expect(list.items.find((x: { eventId: number }) => x.eventId === first.eventId)).toMatchObject({ cancelled: true });
  });

  it('has the database refuse a registration for a trip that took no ticket (a writer skipping the guard)', async () => {
    const programmeId = await qtTicketsProgramme(t);
    const { eventId } = await qtTrip(t, programmeId);
    const personId = await quangTriMember(t, 'QT-0101');
    await expect(
      t.db.pool.query(
        `INSERT INTO registrations (event_id, unit_id, person_id, full_name, status)
         SELECT $1, unit_id, id, full_name, 'confirmed' FROM persons WHERE id = $2`,
        [eventId, personId],
      ),
    ).rejects.toThrow(/holds no ticket/);
  });
});
