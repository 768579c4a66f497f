import { describe, expect, it } from 'vitest';
import { qtMember, quangTriMember } from '../../testing/quang-tri';
import { unitId, useTestApp } from '../../testing/test-app';
import { qtTicketsProgramme, qtTrip, tripBodyFor } from './trips/trips.fixtures';
import { qtProgramme } from './welfare.fixtures';

// One person across programmes (issue 17, item 4): what they received this year and last from every programme of
// every unit, matched by registry id or CCCD; the yearly cap per kind warns or blocks.
const t = useTestApp();

describe('one person across programmes', () => {
  it('shows this year and last from every unit (matched by CCCD too), leaving out refused and older ones', async () => {
    const qt = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    // A Quảng Trị member with a CCCD (the key other federations know them by).
    const { rows } = await t.db.pool.query<{ id: number; cccd: string; fullName: string }>(
      `SELECT pe.id, pe.cccd, pe.full_name AS "fullName" FROM persons pe JOIN org_units u ON u.id = pe.unit_id,
              org_units top
        WHERE top.code = 'LDLD-44' AND u.path <@ top.path AND pe.cccd IS NOT NULL AND pe.member_status = 'active'
        ORDER BY pe.id DESC LIMIT 1`,
    );
    const { id: person, cccd, fullName } = rows[0]!;
    const gifts = await qtProgramme(t);
    expect(
      (
        await qt.request('POST', `/api/welfare/programmes/${gifts}/nominations`, {
          unitId: province,
          personId: person,
          reason: 'Hoàn cảnh khó khăn',
        })
      ).statusCode,
    ).toBe(200);
    // Nghệ An helped the same person (working there last year) as a non-member, by CCCD; an older programme
    // and a refused nomination are not "this year and last".
    const year = new Date().getFullYear();
    const { rows: na } = await t.db.pool.query<{ id: number; unitId: number }>(
      `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, benefit_form, benefit_vnd)
       SELECT id, k, n, y, make_date(y, 1, 1), make_date(y, 12, 31), 'cash', 800000
         FROM org_units, (VALUES ('accident_illness', 'Hỗ trợ công nhân bị tai nạn lao động', $1::int - 1),
                                 ('tet_gift', 'Quà Tết cũ', $1::int - 2),
                                 ('hardship_visit', 'Thăm hỏi', $1::int)) v(k, n, y)
        WHERE code = 'LDLD-40' RETURNING id, unit_id AS "unitId"`,
      [year],
    );
    for (const [i, p] of na.entries()) {
      await t.db.pool.query(
        `INSERT INTO welfare_nominations (programme_id, unit_id, full_name, cccd, reason, amount_vnd, status)
         VALUES ($1, $2, $3, $4, 'Tai nạn lao động', 800000, $5)`,
        [p.id, p.unitId, fullName, cccd, i === 2 ? 'refused' : 'handed_out'],
      );
    }
    const items = (await qt.request('GET', `/api/welfare/persons/${person}/benefits`)).json().items;
    expect(
      items.map((i: { programmeName: string; unitName: string; year: number }) => [i.programmeName, i.year]),
    ).toEqual([
      ['Quà Tết Bính Ngọ 2026', year],
      ['Hỗ trợ công nhân bị tai nạn lao động', year - 1],
    ]);
    expect(items[1]).toMatchObject({ unitName: 'Liên đoàn Lao động tỉnh Nghệ An', status: 'handed_out' });
  });

  it('warns beyond the yearly cap in a warn programme, blocks in a block one, counting every programme of the kind', async () => {
    const qt = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const person = await qtMember(t);
    const nominate = (programmeId: number) =>
      qt.request('POST', `/api/welfare/programmes/${programmeId}/nominations`, {
        unitId: province,
        personId: person,
        reason: 'Ốm đau dài ngày',
      });
    const first = await qtProgramme(t, { capVnd: 1_000_000 });
    expect((await nominate(first)).json()).toMatchObject({ capWarning: false });
    const warn = await qtProgramme(t, { capVnd: 1_000_000 });
    await t.db.pool.query("UPDATE welfare_programmes SET yearly_cap_mode = 'warn' WHERE id = $1", [warn]);
    const warned = await nominate(warn);
    expect(warned.statusCode, warned.body).toBe(200);
    expect(warned.json().capWarning).toBe(true);
    const block = await qtProgramme(t, { capVnd: 1_000_000 });
    const blocked = await nominate(block);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'WELFARE_CAP_EXCEEDED' });
    expect(blocked.json().error.message).toContain('vượt mức trần');
    // Another kind has its own cap.
    const visit = await qtProgramme(t, { capVnd: 1_000_000 });
    await t.db.pool.query("UPDATE welfare_programmes SET kind = 'hardship_visit' WHERE id = $1", [visit]);
    expect((await nominate(visit)).json()).toMatchObject({ capWarning: false });
  });

  it('lists the tickets home (trip, departure, seat) beside the nominations; a cancelled seat drops out', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtTicketsProgramme(t, 20);
    const allocated = await qt.request('PUT', `/api/welfare/programmes/${programmeId}/quotas`, {
      parentUnitId: await unitId(t, 'LDLD-44'),
      items: [{ unitId: await unitId(t, 'KCN-NDH'), count: 10, budgetVnd: 0 }],
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    const { eventId } = await qtTrip(t, programmeId, 45, 41);
    const person = await quangTriMember(t, 'QT-0103');
    const reg = await qt.request('POST', `/api/events/${eventId}/registrations`, { personId: person });
    expect(reg.statusCode, reg.body).toBe(200);
    const benefits = (await qt.request('GET', `/api/welfare/persons/${person}/benefits`)).json();
    expect(benefits.items).toEqual([]);
    expect(benefits.tickets).toEqual([
      {
        registrationId: reg.json().id,
        programmeId,
        programmeName: 'Chuyến xe Công đoàn đưa công nhân về quê đón Tết',
        year: new Date().getFullYear(),
        unitName: 'Liên đoàn Lao động tỉnh Quảng Trị',
        tripTitle: 'Xe khách: TP. Hồ Chí Minh – Đông Hà, Quảng Trị',
        transport: 'bus',
        departsAt: tripBodyFor(45, 41).departsAt,
        status: 'confirmed',
        boarded: false,
      },
    ]);
    await t.db.pool.query("UPDATE registrations SET status = 'cancelled' WHERE id = $1", [reg.json().id]);
    expect((await qt.request('GET', `/api/welfare/persons/${person}/benefits`)).json().tickets).toEqual([]);
  });
});
