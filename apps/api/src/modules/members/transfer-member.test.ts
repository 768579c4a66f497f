import { describe, expect, it } from 'vitest';
import { qtMember } from '../../testing/quang-tri';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

async function status(personId: number) {
  const { rows } = await t.db.pool.query<{ member_status: string; unit_id: number }>(
    'SELECT member_status, unit_id FROM persons WHERE id = $1',
    [personId],
  );
  return rows[0]!;
}

describe('transfer (chuyển sinh hoạt)', () => {
  it('puts the member in transit; the receiving union confirms; history keeps both memberships', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t, { card: true });
    const to = await unitId(t, 'QT-0102');
    const res = await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: to, reason: 'Chuyển công tác' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'pending', toUnit: { code: 'QT-0102' } });
    expect((await status(id)).member_status).toBe('in_transit');
    const incoming = (await s.request('GET', '/api/members/transfers?direction=incoming')).json().items;
    expect(incoming.map((x: { id: number }) => x.id)).toContain(res.json().id);
    const confirmed = await s.request('POST', `/api/members/transfers/${res.json().id}/confirm`, {});
    expect(confirmed.json().status).toBe('confirmed');
    expect(await status(id)).toEqual({ member_status: 'active', unit_id: to });
    const detail = (await s.request('GET', `/api/members/${id}`)).json();
    expect(detail.memberships.map((m: { status: string }) => m.status)).toEqual(['active', 'transferred_out']);
    expect(detail.memberships[0].admissionKind).toBe('transfer');
    // same federation: the card carries over
    expect(detail.memberships[0].cardNumber).toBe(detail.memberships[1].cardNumber);
    expect(detail.memberships[1].transfers[0].status).toBe('confirmed');
    const history = (await s.request('GET', `/api/members/${id}/history`)).json().items;
    const actions = history.map((h: { action: string }) => h.action);
    expect(actions).toEqual(expect.arrayContaining(['member.transfer', 'member.transfer_confirm']));
  });

  it('refusal returns the member to the union they were leaving', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t);
    const tr = (
      await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, 'QT-0002') })
    ).json();
    const refused = await s.request('POST', `/api/members/transfers/${tr.id}/refuse`, { reason: 'Không có tên' });
    expect(refused.json()).toMatchObject({ status: 'refused', decisionReason: 'Không có tên' });
    expect((await status(id)).member_status).toBe('active');
    const again = await s.request('POST', `/api/members/transfers/${tr.id}/confirm`, {});
    expect(again.statusCode).toBe(404);
  });

  it('only the receiving side confirms: a transfer to Lào Cai is confirmed by Lào Cai, not by Quảng Trị', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t);
    const tr = (
      await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, 'LC-0001') })
    ).json();
    expect((await s.request('POST', `/api/members/transfers/${tr.id}/confirm`, {})).statusCode).toBe(404);
    const admin = await t.signIn('admin');
    const ok = await admin.request('POST', `/api/members/transfers/${tr.id}/confirm`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    // another federation: the card does not carry over, and Quảng Trị no longer sees the member
    expect((await s.request('GET', `/api/members/${id}`)).statusCode).toBe(404);
  });

  it("lists receiving unions nationwide, or only the actor's own with mine=true", async () => {
    const s = await t.signIn('qt.canbo');
    const all = (await s.request('GET', '/api/members/transfer-targets?q=cdcs')).json().items;
    expect(all.some((u: { code: string }) => u.code.startsWith('NA-'))).toBe(true);
    const mine = (await s.request('GET', '/api/members/transfer-targets?mine=true')).json().items;
    expect(mine.length).toBeGreaterThan(5);
    for (const u of mine) expect(u.code).toMatch(/^QT-/);
    // each carries its path, so two unions of the same name can be told apart (issue 15, item 6)
    for (const u of mine) expect(u.ancestors[0]).toMatch(/Quảng Trị/);
  });

  it('refuses a transfer to the same union, to a non-grassroots unit, or while in transit', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t);
    const same = await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, 'QT-0001') });
    expect(same.json().error.code).toBe('TRANSFER_SAME_UNIT');
    const upper = await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, 'KCN-NDH') });
    expect(upper.json().error.code).toBe('NOT_A_GRASSROOTS_UNION');
    await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, 'QT-0002') });
    const twice = await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, 'QT-0003') });
    expect(twice.json().error.code).toBe('MEMBERSHIP_STATE_CONFLICT');
  });

  it('two simultaneous transfers of the same member: exactly one succeeds', async () => {
    const s = await t.signIn('qt.canbo');
    for (let round = 0; round < 3; round++) {
      const id = await qtMember(t);
      const results = await Promise.all(
        ['QT-0002', 'QT-0003'].map(async (code) =>
          s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, code) }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM member_transfers WHERE person_id = $1', [
        id,
      ]);
      expect(rows[0].n).toBe(1);
    }
  });
});

describe('leave, remove, reinstate, recognition', () => {
  it('leaves with a date and reason, then reinstates as a new membership', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t, { card: true });
    const left = await s.request('POST', `/api/members/${id}/leave`, { on: '2026-05-01', reason: 'Nghỉ việc' });
    expect(left.statusCode, left.body).toBe(200);
    expect((await status(id)).member_status).toBe('left');
    expect((await s.request('POST', `/api/members/${id}/remove`, { on: '2026-05-02', reason: 'x' })).statusCode).toBe(
      409,
    );
    const back = await s.request('POST', `/api/members/${id}/reinstate`, { on: '2026-06-01', reason: 'Trở lại' });
    expect(back.statusCode, back.body).toBe(200);
    const detail = (await s.request('GET', `/api/members/${id}`)).json();
    expect(detail.memberships.map((m: { status: string }) => m.status)).toEqual(['active', 'left']);
    expect(detail.memberships[1]).toMatchObject({ statusOn: '2026-05-01', statusReason: 'Nghỉ việc' });
    expect(detail.memberships[0].admissionKind).toBe('reinstatement');
  });

  it('removes and records deaths; a reason is required; deceased cannot be reinstated', async () => {
    const s = await t.signIn('qt.canbo');
    const a = await qtMember(t);
    expect((await s.request('POST', `/api/members/${a}/remove`, { on: '2026-05-01', reason: '' })).statusCode).toBe(
      400,
    );
    expect(
      (await s.request('POST', `/api/members/${a}/remove`, { on: '2026-05-01', reason: 'Vi phạm' })).statusCode,
    ).toBe(200);
    expect((await status(a)).member_status).toBe('removed');
    const b = await qtMember(t);
    await s.request('POST', `/api/members/${b}/deceased`, { on: '2026-05-01', reason: 'Từ trần' });
    expect((await s.request('POST', `/api/members/${b}/reinstate`, { on: '2026-06-01' })).statusCode).toBe(409);
  });

  it('marks an outstanding member and records the Party introduction', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t);
    await s.request('POST', `/api/members/${id}/outstanding`, { year: 2026, note: 'Lao động giỏi' });
    await s.request('POST', `/api/members/${id}/party-introduction`, { on: '2026-05-19' });
    const m = (await s.request('GET', `/api/members/${id}`)).json().memberships[0];
    expect(m).toMatchObject({ outstandingYear: 2026, partyIntroducedOn: '2026-05-19' });
  });

  it('a viewer cannot change anything', async () => {
    const viewer = await t.signIn('na.xem');
    const res = await viewer.request('POST', `/api/members/${await qtMember(t)}/leave`, {
      on: '2026-05-01',
      reason: 'x',
    });
    expect(res.statusCode).toBe(403);
  });
});
