import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../../testing/test-app';
import { membersOf, qtProgramme, welfareFigures } from '../welfare.fixtures';

// Members apply through an event's registrations (the online Tết Market): the officials collect them into
// applications that take the same checks and the same review as nominations, and are counted.
const t = useTestApp();

describe('applications through event registrations', () => {
  it('collects registrations once each into applications, refusing what a nomination would refuse', async () => {
    const s = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const programmeId = await qtProgramme(t);
    const market = await t.newEvent({
      input: { title: 'Chợ Tết Công đoàn trực tuyến 2026', registration: { capacity: 100 } },
    });
    const closed = await t.newEvent({ input: { title: 'Hội nghị không nhận đăng ký' } });
    const [a, b, c] = await membersOf(t, 'LDLD-44', 3);
    for (const personId of [a, b, c]) {
      const reg = await s.request('POST', `/api/events/${market.id}/registrations`, { personId });
      expect(reg.statusCode, reg.body).toBe(200);
    }
    // c was already nominated by an official: the application is refused as a duplicate.
    const direct = await s.request('POST', `/api/welfare/programmes/${programmeId}/nominations`, {
      unitId: province,
      personId: c,
      reason: 'Ốm đau',
    });
    expect(direct.statusCode, direct.body).toBe(200);

    const off = await s.request('POST', `/api/welfare/programmes/${programmeId}/applications`);
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe('WELFARE_APPLICATIONS_OFF');
    const noRegistration = await s.request('PUT', `/api/welfare/programmes/${programmeId}/application-event`, {
      eventId: closed.id,
    });
    expect(noRegistration.statusCode).toBe(409);
    expect(noRegistration.json().error.code).toBe('REGISTRATION_DISABLED');
    const link = await s.request('PUT', `/api/welfare/programmes/${programmeId}/application-event`, {
      eventId: market.id,
    });
    expect(link.statusCode, link.body).toBe(200);
    expect((await s.request('GET', `/api/welfare/programmes/${programmeId}`)).json().applicationEventId).toBe(
      market.id,
    );

    const collected = await s.request('POST', `/api/welfare/programmes/${programmeId}/applications`);
    expect(collected.statusCode, collected.body).toBe(200);
    expect(collected.json()).toMatchObject({ created: 2, skipped: [{ code: 'WELFARE_DUPLICATE' }] });
    const { rows } = await t.db.pool.query(
      `SELECT person_id AS "personId", unit_id AS "unitId", status, reason, registration_id IS NOT NULL AS linked
         FROM welfare_nominations WHERE programme_id = $1 AND source = 'application' ORDER BY person_id`,
      [programmeId],
    );
    expect(rows).toEqual(
      [a, b]
        .sort((x, y) => x! - y!)
        .map((personId) => ({
          personId,
          unitId: province,
          status: 'draft',
          reason: 'Đoàn viên tự đăng ký qua "Chợ Tết Công đoàn trực tuyến 2026"',
          linked: true,
        })),
    );
    // Again: nothing new (each registration is taken once); the refused one is listed again.
    const again = (await s.request('POST', `/api/welfare/programmes/${programmeId}/applications`)).json();
    expect(again).toMatchObject({ created: 0, skipped: [{ code: 'WELFARE_DUPLICATE' }] });
    // They are in the list as applications, and counted as an indicator.
    const list = (await s.request('GET', `/api/welfare/programmes/${programmeId}/nominations`)).json();
    expect(list.items.filter((n: { source: string }) => n.source === 'application')).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10);
    const figures = await welfareFigures(t, province, {
      from: '2000-01-01',
      to: today,
    });
    expect(figures['welfare.applications']).toBe(2);
    // An application goes up the same review as a nomination.
    const app = list.items.find((n: { source: string }) => n.source === 'application');
    expect((await s.request('POST', `/api/welfare/nominations/${app.id}/submit`)).statusCode).toBe(200);
  });
});
