import { describe, expect, it } from 'vitest';
import { auditOf, expectRefused } from '../../testing/audit-rows';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

type Terms = {
  items: {
    id: number;
    label: string;
    startsOn: string;
    endsOn: string | null;
    members: { fullName: string; position: string; startsOn: string; endsOn: string | null }[];
  }[];
};

describe('executive-committee terms (ban chấp hành)', () => {
  it('adds a term with its members, reads it back newest first, and audits term and members', async () => {
    const unit = await t.newUnit();
    const s = await t.signIn('qt.quantri');
    await s.request('POST', `/api/org-units/${unit.id}/committee`, {
      label: '2018–2023',
      startsOn: '2018-09-01',
      endsOn: '2023-09-01',
      members: [{ fullName: 'Trần Văn Bình', position: 'chair' }],
    });
    const res = await s.request('POST', `/api/org-units/${unit.id}/committee`, {
      label: '2023–2028',
      startsOn: '2023-09-01',
      endsOn: '2028-09-01',
      members: [
        { fullName: 'Hồ Thị Mai', position: 'member' },
        { fullName: 'Võ Thị Lan', position: 'chair' },
        { fullName: 'Lê Văn Hùng', position: 'vice_chair', startsOn: '2024-01-15' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = (await s.request('GET', `/api/org-units/${unit.id}/committee`)).json<Terms>();
    expect(read.items.map((x) => x.label)).toEqual(['2023–2028', '2018–2023']);
    expect(read.items[0]!.members).toEqual([
      expect.objectContaining({
        fullName: 'Võ Thị Lan',
        position: 'chair',
        startsOn: '2023-09-01',
        endsOn: '2028-09-01',
      }),
      expect.objectContaining({ fullName: 'Lê Văn Hùng', position: 'vice_chair', startsOn: '2024-01-15' }),
      expect.objectContaining({ fullName: 'Hồ Thị Mai', position: 'member' }),
    ]);
    expect(res.json()).toEqual(read);
    const rows = await auditOf(t, res);
    expect(rows.filter((r) => r.entity_type === 'committee_terms').map((r) => r.action)).toEqual([
      'org_unit.committee_term',
    ]);
    expect(rows.filter((r) => r.entity_type === 'committee_members')).toHaveLength(3);
    // a viewer of the province reads it too
    const viewer = await t.newUser({ roles: ['viewer'] });
    const v = await t.signIn(viewer.username, viewer.password);
    expect((await v.request('GET', `/api/org-units/${unit.id}/committee`)).json()).toEqual(read);
  });

  it('refuses impossible dates, another branch and a viewer, adding nothing', async () => {
    const unit = await t.newUnit();
    const s = await t.signIn('qt.quantri');
    const url = `/api/org-units/${unit.id}/committee`;
    const term = {
      label: '2025–2030',
      startsOn: '2025-09-01',
      members: [{ fullName: 'Võ Thị Lan', position: 'chair' }],
    };
    await expectRefused(t, await s.request('POST', url, { ...term, endsOn: '2025-01-01' }), 400, 'VALIDATION_FAILED');
    await expectRefused(
      t,
      await s.request('POST', url, {
        ...term,
        members: [{ fullName: 'Võ Thị Lan', position: 'chair', endsOn: '2024-01-01' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    await expectRefused(
      t,
      await s.request('POST', url, { ...term, members: [{ fullName: 'A', position: 'boss' }] }),
      400,
      'VALIDATION_FAILED',
    );
    const laoCai = await t.newUser({ unit: 'LDLD-15', roles: ['federation_admin'] });
    const other = await t.signIn(laoCai.username, laoCai.password);
    await expectRefused(t, await other.request('POST', url, term), 404, 'UNIT_NOT_FOUND');
    const viewer = await t.newUser({ roles: ['viewer'] });
    await expectRefused(
      t,
      await (await t.signIn(viewer.username, viewer.password)).request('POST', url, term),
      403,
      'FORBIDDEN',
    );
    expect((await s.request('GET', url)).json()).toEqual({ items: [] });
  });
});
