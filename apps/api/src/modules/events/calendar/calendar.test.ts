import { describe, expect, it } from 'vitest';
import { useTestApp, type TestApp } from '../../../testing/test-app';
import { readIcsBack } from '../../../testing/ics-read-back';
import { eventUid } from './ics';

const t = useTestApp();

/** An event of a province's federation, "now" in the feed's window. */
async function provinceEvent(t: TestApp, unitCode: string, title: string): Promise<number> {
  const start = new Date(Date.now() + 10 * 86_400_000);
  start.setUTCHours(1, 30, 0, 0);
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO events (unit_id, title, kind, starts_at, ends_at, place_address)
     SELECT id, $2, 'health_check', $3, $3::timestamptz + interval '3 hours', 'Số 1, đường Hùng Vương; Đông Hà'
       FROM org_units WHERE code = $1 RETURNING id::int`,
    [unitCode, title, start.toISOString()],
  );
  return rows[0]!.id;
}

const pathOf = (url: string) => new URL(url).pathname;

describe('calendar subscriptions and per-event .ics', () => {
  it('gives each user a private feed with no cookie, showing only what that user may see', async () => {
    const qtEvent = await provinceEvent(t, 'LDLD-44', 'Khám sức khỏe, tư vấn; Quảng Trị');
    const naEvent = await provinceEvent(t, 'LDLD-40', 'Ngày hội Nghệ An');
    const qt = await t.signIn('qt.canbo');
    expect((await qt.request('GET', '/api/me/calendar-feed')).json()).toMatchObject({ active: false });

    const issued = await qt.request('POST', '/api/me/calendar-feed', {});
    expect(issued.statusCode, issued.body).toBe(200);
    const url: string = issued.json().url;
    expect(url).toMatch(/^http.*\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\/lich\.ics$/);
    // The token is stored hashed, never as given.
    const token = url.split('/').at(-2)!;
    const { rows } = await t.db.pool.query('SELECT token_hash FROM calendar_feeds');
    expect(JSON.stringify(rows)).not.toContain(token);

    const feed = await t.anonymous('GET', pathOf(url));
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const parsed = readIcsBack(feed.body);
    expect(parsed.name).toContain('Trần Thị Hoa');
    const mine = parsed.events.find((e) => e.summary === 'Khám sức khỏe, tư vấn; Quảng Trị');
    expect(mine).toBeDefined();
    expect(parsed.events.some((e) => e.summary === 'Ngày hội Nghệ An')).toBe(false);
    const start = (await t.db.pool.query('SELECT starts_at FROM events WHERE id = $1', [qtEvent])).rows[0].starts_at;
    expect(mine!.startIsUtc).toBe(true);
    expect(mine!.start.toISOString()).toBe(new Date(start).toISOString());
    expect(mine!.end.getTime() - mine!.start.getTime()).toBe(3 * 3600_000);
    expect(mine!.location).toBe('Số 1, đường Hùng Vương; Đông Hà');
    const installation = (await t.db.pool.query("SELECT value FROM app_secrets WHERE name = 'installation_id'")).rows[0]
      .value;
    expect(mine!.uid).toBe(eventUid(qtEvent, { installationId: installation, publicUrl: t.app.deps.config.publicUrl }));
    expect(mine!.uid).toContain(installation);

    // Another user's feed has that user's events only.
    const na = await t.signIn('na.xem');
    const naFeed = readIcsBack(
      (await t.anonymous('GET', pathOf((await na.request('POST', '/api/me/calendar-feed', {})).json().url))).body,
    );
    expect(naFeed.events.map((e) => e.summary)).toContain('Ngày hội Nghệ An');
    expect(naFeed.events.some((e) => e.uid.startsWith(`event-${qtEvent}-`))).toBe(false);
    expect(naEvent).toBeGreaterThan(0);

    // Rotating kills the old URL at once; revoking kills the new one. Both are audited.
    const rotated = (await qt.request('POST', '/api/me/calendar-feed', {})).json().url;
    const old = await t.anonymous('GET', pathOf(url));
    expect(old.statusCode).toBe(404);
    expect(old.json().error).toMatchObject({ code: 'CALENDAR_FEED_NOT_FOUND' });
    expect((await t.anonymous('GET', pathOf(rotated))).statusCode).toBe(200);
    expect((await qt.request('GET', '/api/me/calendar-feed')).json()).toMatchObject({ active: true });
    expect((await qt.request('DELETE', '/api/me/calendar-feed')).statusCode).toBe(200);
    expect((await t.anonymous('GET', pathOf(rotated))).statusCode).toBe(404);
    const audit = await t.db.pool.query(
      "SELECT action FROM audit_log WHERE action LIKE 'calendar_feed.%' AND actor_name = 'qt.canbo' ORDER BY id",
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'calendar_feed.create',
      'calendar_feed.rotate',
      'calendar_feed.revoke',
    ]);
    // A malformed token is refused before any lookup.
    expect((await t.anonymous('GET', '/api/calendar-feeds/abc/lich.ics')).statusCode).toBe(400);
  });

  it('downloads one event as its own .ics, with the feed UID, cancelled events marked', async () => {
    const id = await provinceEvent(t, 'LDLD-44', 'Hội thao công nhân');
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('GET', `/api/events/${id}/event.ics`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`su-kien-${id}.ics`);
    const { events } = readIcsBack(res.body);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ summary: 'Hội thao công nhân', status: 'CONFIRMED', startIsUtc: true });
    expect(events[0]!.uid).toMatch(new RegExp(`^event-${id}-[0-9a-f-]{36}@`));

    await t.db.pool.query("UPDATE events SET cancelled_at = now(), cancel_reason = 'Mưa bão' WHERE id = $1", [id]);
    expect(readIcsBack((await qt.request('GET', `/api/events/${id}/event.ics`)).body).events[0]!.status).toBe(
      'CANCELLED',
    );
    // Out of scope: as if it did not exist.
    const na = await t.signIn('na.xem');
    expect((await na.request('GET', `/api/events/${id}/event.ics`)).statusCode).toBe(404);
  });

  it('makes UIDs that differ between installations for the same event', () => {
    const a = eventUid(7, { installationId: 'a1', publicUrl: 'https://congdoan.quangtri.vn' });
    const b = eventUid(7, { installationId: 'b2', publicUrl: 'https://congdoan.quangtri.vn' });
    expect(a).toBe('event-7-a1@congdoan.quangtri.vn');
    expect(a).not.toBe(b);
  });
});
