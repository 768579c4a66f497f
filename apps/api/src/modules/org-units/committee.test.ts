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
    members: { id: number; fullName: string; position: string; startsOn: string; endsOn: string | null }[];
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
    const backwards = await s.request('POST', url, { ...term, endsOn: '2025-01-01' });
    await expectRefused(t, backwards, 400, 'COMMITTEE_TERM_DATES');
    expect(backwards.json().error).toMatchObject({
      message: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.',
      details: { field: 'endsOn' },
    });
    const member = await s.request('POST', url, {
      ...term,
      members: [{ fullName: 'Võ Thị Lan', position: 'chair', endsOn: '2024-01-01' }],
    });
    await expectRefused(t, member, 400, 'COMMITTEE_MEMBER_DATES');
    expect(member.json().error).toMatchObject({
      message: 'Thời gian giữ chức vụ của Võ Thị Lan phải kết thúc sau khi bắt đầu.',
      details: { field: 'members.0.endsOn' },
    });
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

  it('edits a term: label, dates, members changed, added and removed, each changed row audited, the rest untouched', async () => {
    const unit = await t.newUnit();
    const s = await t.signIn('qt.quantri');
    const url = `/api/org-units/${unit.id}/committee`;
    const created = await s.request('POST', url, {
      label: '2023-2028',
      startsOn: '2023-09-01',
      endsOn: '2028-09-01',
      members: [
        { fullName: 'Võ Thi Lan', position: 'chair' },
        { fullName: 'Lê Văn Hùng', position: 'vice_chair' },
        { fullName: 'Hồ Thị Mai', position: 'member' },
      ],
    });
    const term = created.json<Terms>().items[0]!;
    const [lan, hung, mai] = term.members;
    const res = await s.request('PUT', `${url}/${term.id}`, {
      label: '2023–2028',
      startsOn: '2023-09-01',
      endsOn: '2028-09-01',
      members: [
        { id: lan!.id, fullName: 'Võ Thị Lan', position: 'chair', startsOn: '2023-09-01', endsOn: '2028-09-01' },
        { id: mai!.id, fullName: 'Hồ Thị Mai', position: 'member', startsOn: '2023-09-01', endsOn: '2028-09-01' },
        { fullName: 'Phan Văn Tài', position: 'vice_chair', startsOn: '2025-03-01' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = (await s.request('GET', url)).json<Terms>();
    expect(res.json()).toEqual(read);
    expect(read.items).toEqual([
      {
        id: term.id,
        label: '2023–2028',
        startsOn: '2023-09-01',
        endsOn: '2028-09-01',
        members: [
          { id: lan!.id, fullName: 'Võ Thị Lan', position: 'chair', startsOn: '2023-09-01', endsOn: '2028-09-01' },
          expect.objectContaining({ fullName: 'Phan Văn Tài', position: 'vice_chair', startsOn: '2025-03-01' }),
          { id: mai!.id, fullName: 'Hồ Thị Mai', position: 'member', startsOn: '2023-09-01', endsOn: '2028-09-01' },
        ],
      },
    ]);
    const rows = await auditOf(t, res);
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(['org_unit.committee_term_update']));
    const term_ = rows.filter((r) => r.entity_type === 'committee_terms');
    expect(term_).toHaveLength(1);
    expect([term_[0]!.before?.label, term_[0]!.after?.label]).toEqual(['2023-2028', '2023–2028']);
    const members = rows.filter((r) => r.entity_type === 'committee_members');
    // Lan's name fixed, Hùng removed, Tài added; Mai unchanged: no row for her
    expect(members.map((r) => [r.entity_id, r.before?.full_name ?? null, r.after?.full_name ?? null])).toEqual(
      expect.arrayContaining([
        [String(lan!.id), 'Võ Thi Lan', 'Võ Thị Lan'],
        [String(hung!.id), 'Lê Văn Hùng', null],
        [expect.any(String), null, 'Phan Văn Tài'],
      ]),
    );
    expect(members).toHaveLength(3);
  });

  it("refuses a bad edit, an unknown term, another unit's term, another branch and a viewer, changing nothing", async () => {
    const unit = await t.newUnit();
    const otherUnit = await t.newUnit();
    const s = await t.signIn('qt.quantri');
    const body = {
      label: '2025–2030',
      startsOn: '2025-09-01',
      endsOn: '2030-09-01',
      members: [{ fullName: 'Võ Thị Lan', position: 'chair' }],
    };
    const mine = (await s.request('POST', `/api/org-units/${unit.id}/committee`, body)).json<Terms>().items[0]!;
    const theirs = (await s.request('POST', `/api/org-units/${otherUnit.id}/committee`, body)).json<Terms>().items[0]!;
    const url = `/api/org-units/${unit.id}/committee/${mine.id}`;
    const before = (await s.request('GET', `/api/org-units/${unit.id}/committee`)).json<Terms>();

    const dates = await s.request('PUT', url, { ...body, endsOn: '2025-09-01' });
    await expectRefused(t, dates, 400, 'COMMITTEE_TERM_DATES');
    expect(dates.json().error.details).toMatchObject({ field: 'endsOn' });
    const memberDates = await s.request('PUT', url, {
      ...body,
      members: [{ id: mine.members[0]!.id, fullName: 'Võ Thị Lan', position: 'chair', startsOn: '2031-01-01' }],
    });
    await expectRefused(t, memberDates, 400, 'COMMITTEE_MEMBER_DATES');
    // a member line of another term cannot be pulled into this one, nor one line given twice
    for (const members of [
      [{ id: theirs.members[0]!.id, fullName: 'Võ Thị Lan', position: 'chair' }],
      [
        { id: mine.members[0]!.id, fullName: 'Võ Thị Lan', position: 'chair' },
        { id: mine.members[0]!.id, fullName: 'Võ Thị Lan', position: 'member' },
      ],
    ]) {
      const res = await s.request('PUT', url, { ...body, members });
      await expectRefused(t, res, 400, 'VALIDATION_FAILED');
    }
    await expectRefused(t, await s.request('PUT', url, { ...body, label: '' }), 400, 'VALIDATION_FAILED');
    const unknown = await s.request('PUT', `/api/org-units/${unit.id}/committee/999999`, body);
    await expectRefused(t, unknown, 404, 'COMMITTEE_TERM_NOT_FOUND');
    expect(unknown.json().error.message).toBe('Không tìm thấy nhiệm kỳ ban chấp hành này của đơn vị.');
    const crossed = await s.request('PUT', `/api/org-units/${unit.id}/committee/${theirs.id}`, body);
    await expectRefused(t, crossed, 404, 'COMMITTEE_TERM_NOT_FOUND');

    const laoCai = await t.newUser({ unit: 'LDLD-15', roles: ['federation_admin'] });
    const other = await t.signIn(laoCai.username, laoCai.password);
    await expectRefused(t, await other.request('PUT', url, body), 404, 'UNIT_NOT_FOUND');
    const officer = await t.signIn('qt.canbo');
    await expectRefused(t, await officer.request('PUT', url, body), 403, 'FORBIDDEN');

    expect((await s.request('GET', `/api/org-units/${unit.id}/committee`)).json()).toEqual(before);
  });
});
