import type { EventSummary } from '@congdoan/domain';

// iCalendar (RFC 5545) for the events calendar: the subscription feed and the per-event download.
// Times are written in UTC ("Z"), which every client converts to its own zone, so no VTIMEZONE is needed;
// X-WR-TIMEZONE only hints the display zone to apps that show a calendar's own zone.

const esc = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\r?\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');
/** 2026-03-08T01:30:00.000Z → 20260308T013000Z */
const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Fold content lines at 75 octets as RFC 5545 asks, never splitting a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (Buffer.byteLength(cur + ch) > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  out.push(cur);
  return out.join('\r\n ');
}

export type IcsContext = {
  /** From migration 0024: UIDs differ between installations even for the same event id. */
  installationId: string;
  publicUrl: string;
  now: Date;
  name: string;
};

/** A stable, installation-unique UID: the same event keeps it across downloads and feed refreshes. */
export function eventUid(id: number, c: Pick<IcsContext, 'installationId' | 'publicUrl'>): string {
  const host = URL.canParse(c.publicUrl) ? new URL(c.publicUrl).hostname : 'congdoan';
  return `event-${id}-${c.installationId}@${host}`;
}

export function icsCalendar(events: EventSummary[], c: IcsContext): string {
  const now = utc(c.now.toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cong Doan So//Lich su kien//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${esc(c.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    // Subscribed apps refresh about hourly; the feed is small.
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const e of events) {
    const place = [e.placeAddress, e.industrialZoneName].filter(Boolean).join(', ');
    const about = `${e.unitName}${e.campaignTitle ? ` — ${e.campaignTitle}` : ''}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(e.id, c)}`,
      `DTSTAMP:${now}`,
      `DTSTART:${utc(e.startsAt)}`,
      `DTEND:${utc(e.endsAt)}`,
      `SUMMARY:${esc(e.title)}`,
      ...(place ? [`LOCATION:${esc(place)}`] : []),
      `DESCRIPTION:${esc(e.cancelledAt ? `Đã hủy: ${e.cancelReason ?? ''}\n${about}` : about)}`,
      `STATUS:${e.cancelledAt ? 'CANCELLED' : 'CONFIRMED'}`,
      `URL:${c.publicUrl}/events/${e.id}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
