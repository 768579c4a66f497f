import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';
import { qtAssignment } from './reports.fixtures';

const t = useTestApp();

describe('a report figure drills down to its rows', () => {
  it('lists the members behind "members admitted" by name (no ID number or phone), a page at a time, for readers of the report only', async () => {
    const assignment = await qtAssignment(t);
    const qt1 = await unitId(t, 'QT-0001');
    const admitted = await t.newMember({
      unit: 'QT-0001',
      admittedOn: '2026-08-20',
      person: { fullName: 'Lê Văn Xem Chi Tiết', cccd: '044190012345', phone: '0912345678' },
    });
    const s = await t.signIn('qt.canbo');
    const url = (key: string, page = 1) =>
      `/api/reports/assignments/${assignment}/units/${qt1}/indicators/${key}/rows?page=${page}`;
    const figure = async (key: string) =>
      (await s.request('GET', `/api/reports/assignments/${assignment}/units/${qt1}`))
        .json()
        .sections.flatMap((x: { figures: { key: string; value: number }[] }) => x.figures)
        .find((f: { key: string }) => f.key === key).value;

    const res = await s.request('GET', url('members.admitted'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ key: 'members.admitted', unit: 'count', page: 1, pageSize: 50 });
    expect(body.total).toBe(await figure('members.admitted'));
    const row = body.items.find((r: { label: string }) => r.label === 'Lê Văn Xem Chi Tiết');
    expect(row).toMatchObject({ onDate: '2026-08-20', amount: null });
    expect(row.unitName).toBeTruthy();
    expect(res.body).not.toContain('044190012345');
    expect(res.body).not.toContain('0912345678');
    expect(admitted.membershipId).toBe(row.id);

    // Active members at the period's end: more than a page; pages do not overlap and add up.
    const active = (await s.request('GET', url('members.active'))).json();
    expect(active.total).toBe(await figure('members.active'));
    if (active.total > 50) {
      const second = (await s.request('GET', url('members.active', 2))).json();
      const ids = new Set(active.items.map((r: { id: number }) => r.id));
      expect(second.items.some((r: { id: number }) => ids.has(r.id))).toBe(false);
      expect(second.items.length).toBe(Math.min(50, active.total - 50));
    }

    // An entered figure, a ratio, an unknown key: no rows, with a clear Vietnamese message.
    for (const key of ['dialogues.held', 'petitions.answered_rate', 'khong.co']) {
      const bad = await s.request('GET', url(key));
      expect(bad.statusCode, key).toBe(404);
      expect(bad.json().error.code).toBe('REPORT_FIGURE_NO_ROWS');
      expect(bad.json().error.message).toContain('tự tính');
    }
    expect((await s.request('GET', url('members.admitted', 0))).statusCode).toBe(400);

    // Someone outside Quảng Trị does not see the names.
    const other = await t.newUser({ unit: 'LDLD-40', roles: ['officer'] });
    const so = await t.signIn(other.username, other.password);
    const refused = await so.request('GET', url('members.admitted'));
    expect([403, 404]).toContain(refused.statusCode);
    expect(refused.body).not.toContain('Lê Văn Xem Chi Tiết');
  });
});
