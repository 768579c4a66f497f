import { describe, expect, it } from 'vitest';
import { qtMember } from '../../testing/quang-tri';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

describe('duplicates and merge', () => {
  it('reports same name + birth date and similar names with the same birth date, in scope only', async () => {
    await qtMember(t, { name: 'Mai Anh', birthDate: '1988-08-08' });
    await qtMember(t, { name: 'Mai Anh', birthDate: '1988-08-08', status: 'left', code: 'QT-0002' });
    await qtMember(t, { name: 'Mai Ang', birthDate: '1988-08-08', status: 'left' });
    const s = await t.signIn('qt.canbo');
    const { items } = (await s.request('GET', '/api/members/duplicates')).json();
    type G = { reason: string; members: { fullName: string }[] };
    const same = items.find((g: G) => g.reason === 'same_name_dob' && g.members[0]!.fullName.endsWith('Mai Anh'));
    expect(same.members.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Nguyễn Thị Mai Anh',
      'Nguyễn Thị Mai Anh',
    ]);
    const similar = items.filter((g: { reason: string }) => g.reason === 'similar_name');
    expect(similar.length).toBeGreaterThanOrEqual(1);
    const na = await t.signIn('na.xem');
    expect((await na.request('GET', '/api/members/duplicates')).body).not.toMatch(/Quảng Trị|Mai Anh/);
  });

  it('merges two records keeping one, moves the history, and undoes it by a later operation', async () => {
    const s = await t.signIn('qt.canbo');
    const keep = await qtMember(t, { name: 'Gộp' });
    const merge = await qtMember(t, { name: 'Gộp', status: 'left', code: 'QT-0002' });
    await t.db.pool.query("UPDATE persons SET cccd = '044190005555', phone = '0987654321' WHERE id = $1", [merge]);
    const res = await s.request('POST', '/api/members/merges', { keepId: keep, mergeId: merge, reason: 'Trùng' });
    expect(res.statusCode, res.body).toBe(200);
    const kept = (await s.request('GET', `/api/members/${keep}`)).json();
    expect(kept.memberships).toHaveLength(2);
    expect(kept).toMatchObject({ cccd: '044190005555', phone: '0987654321' });
    expect((await s.request('GET', `/api/members/${merge}`)).json().mergedIntoId).toBe(keep);
    const undo = await s.request('POST', `/api/members/merges/${res.json().mergeId}/undo`, {});
    expect(undo.statusCode, undo.body).toBe(200);
    const back = (await s.request('GET', `/api/members/${keep}`)).json();
    expect(back).toMatchObject({ cccd: null, phone: null });
    expect(back.memberships).toHaveLength(1);
    const restored = (await s.request('GET', `/api/members/${merge}`)).json();
    expect(restored).toMatchObject({ mergedIntoId: null, cccd: '044190005555', status: 'left' });
    expect((await s.request('POST', `/api/members/merges/${res.json().mergeId}/undo`, {})).statusCode).toBe(404);
    const { rows } = await t.db.pool.query(
      "SELECT action FROM audit_log WHERE action IN ('member.merge', 'member.unmerge') GROUP BY action ORDER BY action",
    );
    expect(rows.map((r) => r.action)).toEqual(['member.merge', 'member.unmerge']);
  });

  it('refuses to merge two people who both hold a membership', async () => {
    const s = await t.signIn('qt.canbo');
    const res = await s.request('POST', '/api/members/merges', {
      keepId: await qtMember(t),
      mergeId: await qtMember(t),
    });
    expect(res.json().error.code).toBe('MERGE_NOT_POSSIBLE');
  });
});

describe('membership development targets', () => {
  it('shows targets and progress rolling up the tree with a breakdown by child', async () => {
    const s = await t.signIn('qt.canbo');
    const fed = await unitId(t, 'LDLD-44');
    const kcn = await unitId(t, 'KCN-NDH');
    await s.request('POST', '/api/members/targets', { unitId: fed, year: 2026, newMembers: 300, newUnions: 3 });
    await s.request('POST', '/api/members/targets', { unitId: kcn, year: 2026, newMembers: 100, newUnions: 1 });
    const before = (await s.request('GET', `/api/members/targets?unit=${fed}&year=2026`)).json();
    await s.request('POST', '/api/members', {
      person: { fullName: 'Võ Thị Mới', gender: 'female' },
      unitId: await unitId(t, 'QT-0101'),
      admittedOn: '2026-07-01',
    });
    const report = (await s.request('GET', `/api/members/targets?unit=${fed}&year=2026`)).json();
    expect(report.total).toMatchObject({ targetNewMembers: 300, targetNewUnions: 3 });
    expect(report.total.newMembers).toBe(before.total.newMembers + 1);
    const kcnRow = report.children.find((c: { unit: { code: string } }) => c.unit.code === 'KCN-NDH');
    expect(kcnRow).toMatchObject({ targetNewMembers: 100 });
    expect(kcnRow.newMembers).toBeGreaterThanOrEqual(1);
    const na = await t.signIn('na.xem');
    expect((await na.request('GET', `/api/members/targets?unit=${fed}&year=2026`)).statusCode).toBe(404);
  });

  it('shows two persons sharing an old ID number, and a merge carries the birth date with its precision', async () => {
    const s = await t.signIn('qt.canbo');
    const keep = await qtMember(t, { name: 'Cũ Một' });
    const merge = await qtMember(t, { name: 'Cũ Hai', status: 'left', code: 'QT-0002' });
    await t.db.pool.query('UPDATE persons SET birth_date = NULL, old_id_number = $2 WHERE id = $1', [
      keep,
      '187654321',
    ]);
    await t.db.pool.query(
      "UPDATE persons SET birth_date = '1979-01-01', birth_date_precision = 'year', old_id_number = $2 WHERE id = $1",
      [merge, '187654321'],
    );
    const { items } = (await s.request('GET', '/api/members/duplicates')).json();
    const shared = items.find((g: { reason: string }) => g.reason === 'same_old_id');
    expect(shared.members.map((m: { id: number }) => m.id).sort()).toEqual([keep, merge].sort());
    const res = await s.request('POST', '/api/members/merges', { keepId: keep, mergeId: merge, reason: 'Trùng CMND' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await s.request('GET', `/api/members/${keep}`)).json()).toMatchObject({
      birthDate: '1979',
      oldIdNumber: '187654321',
    });
    await s.request('POST', `/api/members/merges/${res.json().mergeId}/undo`, {});
    expect((await s.request('GET', `/api/members/${keep}`)).json()).toMatchObject({ birthDate: null });
  });
});
