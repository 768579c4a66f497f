import type { Indicator } from '../declaration';

// Figures of events for the periodic reports (see reports/indicators/), by the organising unit and the
// day the event starts (Vietnam time).
const inPeriod = `(e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $1::date AND $2::date`;

export const eventIndicators: readonly Indicator[] = [
  {
    key: 'events.held',
    vi: 'Sự kiện, hoạt động tổ chức',
    en: 'Events held',
    unit: 'count',
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN events e ON e.unit_id = s.unit_id
           WHERE ${inPeriod} AND e.cancelled_at IS NULL GROUP BY s.group_id`,
  },
  {
    key: 'events.participants',
    vi: 'Lượt người tham gia sự kiện',
    en: 'Event participants',
    unit: 'count',
    // checked in where the event checks people in; otherwise confirmed registrations
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN events e ON e.unit_id = s.unit_id
            JOIN registrations r ON r.event_id = e.id
           WHERE ${inPeriod} AND e.cancelled_at IS NULL AND r.status = 'confirmed' GROUP BY s.group_id`,
  },
];
