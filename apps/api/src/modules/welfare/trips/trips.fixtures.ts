// Test fixtures for trips home for Tết: rows written with SQL, fresh on each call.
import type { TestApp } from '../../../testing/test-app';

/** "Đưa công nhân về quê đón Tết" of LĐLĐ Quảng Trị with `count` tickets in total (the owner's quota). */
export async function qtTicketsProgramme(t: TestApp, count = 100): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, benefit_form, benefit_vnd)
     SELECT id, 'tet_tickets', 'Chuyến xe Công đoàn đưa công nhân về quê đón Tết', extract(year FROM now())::int,
            (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 30, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30,
            'ticket', 450000
       FROM org_units WHERE code = 'LDLD-44' RETURNING id::int`,
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd)
     SELECT $1, unit_id, $2::int, 0 FROM welfare_programmes WHERE id = $1`,
    [id, count],
  );
  return id;
}

/** A trip body departing in `days` days (a coach from Đông Hà by default). */
export const tripBodyFor = (seats: number, days = 40) => {
  const departs = new Date(Date.now() + days * 86_400_000);
  departs.setUTCHours(22, 0, 0, 0);
  return {
    transport: 'bus',
    origin: 'TP. Hồ Chí Minh',
    destination: 'Đông Hà, Quảng Trị',
    operator: 'Nhà xe Phương Trang',
    vehicleRef: '51B-123.45',
    pickupPlace: 'Cổng KCN Tân Bình, quận Tân Phú',
    departsAt: departs.toISOString(),
    arrivesAt: new Date(departs.getTime() + 20 * 3_600_000).toISOString(),
    seats,
  };
};

/** A trip of the programme, created through the API as the Quảng Trị officer; returns its id and event id. */
export async function qtTrip(
  t: TestApp,
  programmeId: number,
  seats = 45,
  days = 40,
): Promise<{ tripId: number; eventId: number }> {
  const s = await t.signIn('qt.canbo');
  const res = await s.request('POST', `/api/welfare/programmes/${programmeId}/trips`, tripBodyFor(seats, days));
  if (res.statusCode !== 200) throw new Error(res.body);
  const tripId = res.json<{ id: number }>().id;
  const { rows } = await t.db.pool.query<{ eventId: number }>(
    'SELECT event_id::int AS "eventId" FROM welfare_trips WHERE id = $1',
    [tripId],
  );
  return { tripId, eventId: rows[0]!.eventId };
}
