import type { Indicator } from '../declaration';
import { rowIndicator, vnDayInPeriod } from '../row-indicator';

// Figures of events for the periodic reports (see reports/indicators/), by the organising unit and the
// day the event starts (Vietnam time).
const from = 'JOIN events e ON e.unit_id = s.unit_id';
const held = `${vnDayInPeriod('e.starts_at')} AND e.cancelled_at IS NULL`;
const startDay = `(e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

export const eventIndicators: readonly Indicator[] = [
  rowIndicator(
    { key: 'events.held', vi: 'Sự kiện, hoạt động tổ chức', en: 'Events held', unit: 'count' },
    { from, where: held, row: { id: 'e.id', label: 'e.title', onDate: startDay } },
  ),
  rowIndicator(
    { key: 'events.participants', vi: 'Lượt người tham gia sự kiện', en: 'Event participants', unit: 'count' },
    {
      // checked in where the event checks people in; otherwise confirmed registrations
      from: `${from} JOIN registrations r ON r.event_id = e.id`,
      where: `${held} AND r.status = 'confirmed'`,
      row: { id: 'r.id', label: `r.full_name || ' — ' || e.title`, onDate: startDay },
    },
  ),
];
