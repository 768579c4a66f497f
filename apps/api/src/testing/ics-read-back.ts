import ICAL from 'ical.js';

export type ParsedEvent = {
  uid: string;
  summary: string;
  location: string | null;
  status: string | null;
  start: Date;
  end: Date;
  /** The start was written in UTC (Z), so every client places it right whatever its zone. */
  startIsUtc: boolean;
};

/** Parse an iCalendar text with ical.js (as calendar apps do) and list its events. Throws on a malformed file. */
export function readIcsBack(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location || null,
      status: (c.getFirstPropertyValue('status') as string | null) ?? null,
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      startIsUtc: e.startDate.zone === ICAL.Timezone.utcTimezone,
    };
  });
  return { name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null, events };
}
