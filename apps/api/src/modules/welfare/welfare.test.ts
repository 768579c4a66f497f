import { describe, expect, it } from 'vitest';
import { qtMember } from '../../testing/quang-tri';
import { unitId, useTestApp, type Session, type TestApp } from '../../testing/test-app';
import { qtProgramme, welfareFigures } from './welfare.fixtures';

const t = useTestApp();

/** An officer whose only grant is on one unit (a grassroots or commune official). */
async function officerOn(app: TestApp, username: string, code: string): Promise<Session> {
  await app.db.pool.query(
    `WITH u AS (INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
                SELECT $1, $1, password_hash, false, (SELECT id FROM org_units WHERE code = $2)
                  FROM app_users WHERE username = 'qt.canbo' RETURNING id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT u.id, 'officer', o.id FROM u, org_units o WHERE o.code = $2`,
    [username, code],
  );
  return app.signIn(username);
}

const allocate = (s: Session, programmeId: number, parentUnitId: number, items: unknown[]) =>
  s.request('PUT', `/api/welfare/programmes/${programmeId}/quotas`, { parentUnitId, items });

/** Quotas LĐLĐ Quảng Trị → Phường Đông Hà → CĐCS QT-0001 (count at the grassroots). */
async function twoLevels(s: Session, programmeId: number, count: number) {
  const province = await unitId(t, 'LDLD-44');
  const commune = await unitId(t, 'CDX-19333');
  const grassroots = await unitId(t, 'QT-0001');
  const a = await allocate(s, programmeId, province, [{ unitId: commune, count: 10, budgetVnd: 6_000_000 }]);
  expect(a.statusCode, a.body).toBe(200);
  const b = await allocate(s, programmeId, commune, [{ unitId: grassroots, count, budgetVnd: count * 600_000 }]);
  expect(b.statusCode, b.body).toBe(200);
  return { province, commune, grassroots };
}

const nominateMember = (s: Session, programmeId: number, unit: number, personId: number, extra = {}) =>
  s.request('POST', `/api/welfare/programmes/${programmeId}/nominations`, {
    unitId: unit,
    personId,
    reason: 'Hoàn cảnh khó khăn, vợ ốm dài ngày',
    hardshipCategory: 'Hoàn cảnh khó khăn',
    ...extra,
  });

const quotaFingerprint = async (programmeId: number) =>
  JSON.stringify(
    (
      await t.db.pool.query(
        'SELECT unit_id, count, budget_vnd FROM welfare_quotas WHERE programme_id = $1 ORDER BY unit_id',
        [programmeId],
      )
    ).rows,
  );

describe('welfare programmes', () => {
  it('creates and edits a programme with its funding; its total is the owner quota; bad amounts change nothing', async () => {
    const qt = await t.signIn('qt.canbo');
    const body = {
      unitId: await unitId(t, 'LDLD-44'),
      kind: 'tet_gift',
      name: 'Quà Tết Bính Ngọ 2026',
      year: 2026,
      nominationFrom: '2026-01-01',
      nominationTo: '2026-01-31',
      benefitForm: 'cash',
      benefitVnd: 600000,
      totalCount: 3500,
      totalBudgetVnd: 2_100_000_000,
      hardshipCategories: ['Hoàn cảnh khó khăn'],
      funding: [
        { sourceKind: 'social_fund', amountVnd: 1_800_000_000 },
        { sourceKind: 'sponsor', sponsorName: 'Vietinbank', amountVnd: 300_000_000 },
      ],
    };
    const created = await qt.request('POST', '/api/welfare/programmes', body);
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id;
    const edited = await qt.request('PUT', `/api/welfare/programmes/${id}`, { ...body, totalCount: 3448 });
    expect(edited.statusCode, edited.body).toBe(200);
    const detail = (await qt.request('GET', `/api/welfare/programmes/${id}`)).json();
    expect(detail).toMatchObject({ totalCount: 3448, totalBudgetVnd: 2_100_000_000, canEdit: true });
    expect(detail.funding).toMatchObject([
      { sourceKind: 'social_fund', sponsorName: null, amountVnd: 1_800_000_000 },
      { sourceKind: 'sponsor', sponsorName: 'Vietinbank', amountVnd: 300_000_000 },
    ]);

    const before = await t.auditCount();
    for (const bad of [{ benefitVnd: -1 }, { benefitVnd: 600000.5 }, { totalBudgetVnd: 1.25 }]) {
      const res = await qt.request('POST', '/api/welfare/programmes', { ...body, ...bad });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'WELFARE_AMOUNT_INVALID' });
      expect(res.json().error.message).toContain('nguyên đồng');
    }
    const period = await qt.request('POST', '/api/welfare/programmes', { ...body, nominationTo: '2025-12-01' });
    expect(period.json().error.code).toBe('WELFARE_PERIOD_INVALID');
    const campaign = await qt.request('POST', '/api/welfare/programmes', { ...body, campaignId: 987654321 });
    expect(campaign.json().error.code).toBe('CAMPAIGN_NOT_FOUND');
    const unitOutside = await qt.request('POST', '/api/welfare/programmes', {
      ...body,
      eligibleUnitId: await unitId(t, 'NA-0001'),
    });
    expect(unitOutside.json().error.code).toBe('WELFARE_UNIT_OUTSIDE');
    expect(await t.auditCount()).toBe(before);
  });

  it('keeps the sum of quotas below a unit within its quota under 20 concurrent allocations', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 100 });
    const province = await unitId(t, 'LDLD-44');
    const { rows: children } = await t.db.pool.query<{ id: number }>(
      'SELECT id FROM org_units WHERE parent_id = $1 ORDER BY id',
      [province],
    );
    expect(children.length).toBeGreaterThanOrEqual(5);
    // 20 officials each give one child 30 gifts at once: at most three such quotas fit in 100.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        allocate(qt, programmeId, province, [
          { unitId: children[i % 5]!.id, count: 30 + (i % 3), budgetVnd: 18_000_000 },
        ]),
      ),
    );
    const codes = results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().error.code));
    expect(codes).toContain('ok');
    expect(codes).toContain('WELFARE_QUOTA_OVER_PARENT');
    expect(new Set(codes)).toEqual(new Set(['ok', 'WELFARE_QUOTA_OVER_PARENT']));
    const { rows } = await t.db.pool.query<{ n: number; vnd: number }>(
      `SELECT sum(c.count)::int AS n, sum(c.budget_vnd)::bigint AS vnd FROM welfare_quotas c
         JOIN welfare_quotas p ON p.id = c.parent_quota_id WHERE p.programme_id = $1 AND p.unit_id = $2`,
      [programmeId, province],
    );
    expect(rows[0]!.n).toBeLessThanOrEqual(100);
    expect(rows[0]!.vnd).toBeLessThanOrEqual(60_000_000);
  });

  it('has the database refuse children over the parent even when a writer skips the use case', async () => {
    const programmeId = await qtProgramme(t, { count: 100 });
    const province = await unitId(t, 'LDLD-44');
    const [a, b] = [await unitId(t, 'CDX-19333'), await unitId(t, 'KCN-NDH')];
    const insert = `INSERT INTO welfare_quotas (programme_id, unit_id, parent_quota_id, count, budget_vnd)
      SELECT $1, $2, id, 60, 0 FROM welfare_quotas WHERE programme_id = $1 AND unit_id = $3`;
    const c1 = await t.db.pool.connect();
    const c2 = await t.db.pool.connect();
    try {
      await c1.query('BEGIN');
      await c2.query('BEGIN');
      await c1.query(insert, [programmeId, a, province]);
      // c2 waits on the parent row the trigger locked, then sees c1's committed 60 and refuses its own 60.
      const second = c2.query(insert, [programmeId, b, province]).then(
        () => 'inserted',
        (e: { code?: string }) => e.code,
      );
      await c1.query('COMMIT');
      expect(await second).toBe('23514');
      await c2.query('ROLLBACK');
    } finally {
      c1.release();
      c2.release();
    }
    expect(JSON.parse(await quotaFingerprint(programmeId)).length).toBe(2);
  });

  it('refuses quotas over the parent and below what is nominated, changing nothing', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 20 });
    const { commune, grassroots } = await twoLevels(qt, programmeId, 2);
    const person = await qtMember(t, { code: 'QT-0001' });
    expect((await nominateMember(qt, programmeId, grassroots, person)).statusCode).toBe(200);
    const before = await quotaFingerprint(programmeId);

    const over = await allocate(qt, programmeId, commune, [{ unitId: grassroots, count: 11, budgetVnd: 0 }]);
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('WELFARE_QUOTA_OVER_PARENT');
    expect(over.json().error.message).toContain('vượt chỉ tiêu');
    const below = await allocate(qt, programmeId, commune, [{ unitId: grassroots, count: 0, budgetVnd: 0 }]);
    expect(below.json().error.code).toBe('WELFARE_QUOTA_BELOW_USED');
    const notChild = await allocate(qt, programmeId, await unitId(t, 'LDLD-44'), [
      { unitId: grassroots, count: 1, budgetVnd: 0 },
    ]);
    expect(notChild.json().error.code).toBe('WELFARE_QUOTA_NOT_CHILD');
    const fraction = await allocate(qt, programmeId, commune, [{ unitId: grassroots, count: 2, budgetVnd: -5 }]);
    expect(fraction.json().error.code).toBe('WELFARE_AMOUNT_INVALID');
    expect(await quotaFingerprint(programmeId)).toBe(before);

    const proposal = await qt.request(
      'GET',
      `/api/welfare/programmes/${programmeId}/quota-proposal?unitId=${commune}&method=equal`,
    );
    expect(proposal.statusCode, proposal.body).toBe(200);
    const counts = proposal.json().items.map((i: { count: number }) => i.count);
    expect(counts.reduce((s: number, x: number) => s + x, 0)).toBe(10);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('refuses a nomination over quota, outside the period, beyond the cap, or a second one for one CCCD', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 20, capVnd: 1_000_000 });
    const { grassroots } = await twoLevels(qt, programmeId, 1);
    const [p1, p2] = [await qtMember(t), await qtMember(t)];
    const ok = await nominateMember(qt, programmeId, grassroots, p1);
    expect(ok.statusCode, ok.body).toBe(200);
    const count = async () =>
      (
        await t.db.pool.query('SELECT count(*)::int AS n FROM welfare_nominations WHERE programme_id = $1', [
          programmeId,
        ])
      ).rows[0].n;

    const over = await nominateMember(qt, programmeId, grassroots, p2);
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({
      code: 'WELFARE_OVER_QUOTA',
      message: 'Đơn vị đã đề nghị đủ chỉ tiêu được giao.',
    });
    const twice = await nominateMember(qt, programmeId, grassroots, p1);
    expect(twice.json().error.code).toBe('WELFARE_DUPLICATE');
    const negative = await nominateMember(qt, programmeId, grassroots, p2, { amountVnd: -600000 });
    expect(negative.json().error.code).toBe('WELFARE_AMOUNT_INVALID');
    expect(await count()).toBe(1);

    // Non-members by CCCD at the province's own quota: the same CCCD twice is refused.
    const province = await unitId(t, 'LDLD-44');
    const outsider = {
      unitId: province,
      fullName: 'Hồ Văn Nam',
      cccd: '045090001234',
      phone: '0912345678',
      reason: 'Tai nạn lao động',
    };
    const first = await qt.request('POST', `/api/welfare/programmes/${programmeId}/nominations`, outsider);
    expect(first.statusCode, first.body).toBe(200);
    const again = await qt.request('POST', `/api/welfare/programmes/${programmeId}/nominations`, {
      ...outsider,
      fullName: 'Hồ Văn Nam (nhập lại)',
    });
    expect(again.json().error).toMatchObject({ code: 'WELFARE_DUPLICATE' });
    expect(again.json().error.message).toContain('CCCD');

    // The cap: 600,000 already this year in a Tết gift; another 600,000 of the same kind passes 1,000,000.
    const second = await qtProgramme(t, { capVnd: 1_000_000 });
    const capped = await nominateMember(qt, second, province, p1);
    expect(capped.statusCode).toBe(409);
    expect(capped.json().error.code).toBe('WELFARE_CAP_EXCEEDED');

    await t.db.pool.query(
      "UPDATE welfare_programmes SET nomination_from = '2020-01-01', nomination_to = '2020-01-31' WHERE id = $1",
      [second],
    );
    const late = await nominateMember(qt, second, province, p2);
    expect(late.json().error).toMatchObject({ code: 'WELFARE_OUTSIDE_PERIOD' });
    expect(late.json().error.message).toContain('Ngoài thời gian');
    expect(await count()).toBe(2);
  });

  it('lets exactly the quota through when officials nominate at once', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 20 });
    const { grassroots } = await twoLevels(qt, programmeId, 2);
    const people = await Promise.all(Array.from({ length: 6 }, () => qtMember(t)));
    const results = await Promise.all(people.map((p) => nominateMember(qt, programmeId, grassroots, p)));
    const codes = results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().error.code));
    expect(codes.filter((c) => c === 'ok').length).toBe(2);
    expect(codes.filter((c) => c === 'WELFARE_OVER_QUOTA').length).toBe(4);
  });

  it('reviews level by level; a returned nomination is fixed and sent again; hand-out counts', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 20 });
    const { province, commune, grassroots } = await twoLevels(qt, programmeId, 3);
    const person = await qtMember(t);
    const grassrootsOfficer = await officerOn(t, 'qt.cdcs1', 'QT-0001');
    const communeOfficer = await officerOn(t, 'qt.cdx1', 'CDX-19333');

    const n = await nominateMember(grassrootsOfficer, programmeId, grassroots, person);
    expect(n.statusCode, n.body).toBe(200);
    const id = n.json().id;
    const state = async () =>
      (
        await t.db.pool.query<{ status: string; level: number | null }>(
          'SELECT status, level_unit_id AS level FROM welfare_nominations WHERE id = $1',
          [id],
        )
      ).rows[0];
    const review = (s: Session, decision: string, comment?: string) =>
      s.request('POST', `/api/welfare/nominations/${id}/review`, { decision, comment });

    expect((await grassrootsOfficer.request('POST', `/api/welfare/nominations/${id}/submit`)).statusCode).toBe(200);
    expect(await state()).toEqual({ status: 'submitted', level: commune });
    // The grassroots officer cannot approve at the commune level.
    const self = await review(grassrootsOfficer, 'approve');
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('WELFARE_NOT_REVIEWER');

    const noComment = await review(communeOfficer, 'return');
    expect(noComment.json().error.code).toBe('WELFARE_COMMENT_REQUIRED');
    expect((await review(communeOfficer, 'return', 'Bổ sung hoàn cảnh gia đình')).statusCode).toBe(200);
    expect(await state()).toEqual({ status: 'returned', level: null });
    const list = (await qt.request('GET', `/api/welfare/programmes/${programmeId}/nominations`)).json();
    expect(list.items[0]).toMatchObject({ id, status: 'returned', lastComment: 'Bổ sung hoàn cảnh gia đình' });

    const fixed = await grassrootsOfficer.request('PUT', `/api/welfare/nominations/${id}`, {
      reason: 'Vợ ốm dài ngày, hai con nhỏ, nhà thuê',
      hardshipCategory: 'Ốm đau',
      amountVnd: 600000,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await grassrootsOfficer.request('POST', `/api/welfare/nominations/${id}/submit`)).statusCode).toBe(200);
    expect((await review(communeOfficer, 'approve')).json()).toEqual({ id, status: 'approved_at_level' });
    expect(await state()).toEqual({ status: 'approved_at_level', level: province });
    expect((await review(communeOfficer, 'approve')).statusCode).toBe(403);
    expect((await review(qt, 'approve')).json()).toEqual({ id, status: 'approved' });
    expect(await state()).toEqual({ status: 'approved', level: null });

    const { rows: steps } = await t.db.pool.query(
      `SELECT r.decision, r.level_unit_id AS level, u.username FROM welfare_nomination_reviews r
         JOIN app_users u ON u.id = r.decided_by WHERE r.nomination_id = $1 ORDER BY r.id`,
      [id],
    );
    expect(steps).toEqual([
      { decision: 'submitted', level: grassroots, username: 'qt.cdcs1' },
      { decision: 'returned', level: commune, username: 'qt.cdx1' },
      { decision: 'submitted', level: grassroots, username: 'qt.cdcs1' },
      { decision: 'approved', level: commune, username: 'qt.cdx1' },
      { decision: 'approved', level: province, username: 'qt.canbo' },
    ]);

    const handout = await grassrootsOfficer.request('POST', `/api/welfare/nominations/${id}/handout`, {
      method: 'cash',
      handedBy: 'Nguyễn Văn Hùng',
      place: 'Hội trường công ty',
      handedOn: '2026-01-25',
    });
    expect(handout.statusCode, handout.body).toBe(200);
    expect(await state()).toEqual({ status: 'handed_out', level: null });
    const figures = await welfareFigures(t, commune, {
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(figures).toMatchObject({ 'welfare.beneficiaries': 1, 'welfare.handed_out_vnd': 600000 });
    const elsewhere = await welfareFigures(t, await unitId(t, 'KCN-NDH'), {
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(elsewhere['welfare.beneficiaries']).toBe(0);

    // Every step left audit rows on the nomination, named by its action.
    const { rows: audit } = await t.db.pool.query(
      `SELECT DISTINCT action FROM audit_log WHERE entity_type = 'welfare_nominations' AND entity_id = $1`,
      [String(id)],
    );
    expect(audit.map((a) => a.action).sort()).toEqual(
      expect.arrayContaining([
        'welfare_nomination.create',
        'welfare_nomination.submit',
        'welfare_nomination.review',
        'welfare_nomination.update',
        'welfare_nomination.handout',
      ]),
    );
  });

  it("shows a person's benefits across programmes this year and last", async () => {
    const qt = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const person = await qtMember(t);
    const gifts = await qtProgramme(t);
    const visit = await qtProgramme(t);
    await t.db.pool.query(
      "UPDATE welfare_programmes SET kind = 'hardship_visit', name = 'Thăm hỏi công nhân ốm đau', year = year - 1 WHERE id = $1",
      [visit],
    );
    expect((await nominateMember(qt, gifts, province, person)).statusCode).toBe(200);
    expect((await nominateMember(qt, visit, province, person, { amountVnd: 1_000_000 })).statusCode).toBe(200);
    const res = await qt.request('GET', `/api/welfare/persons/${person}/benefits`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { programmeId: number }) => i.programmeId).sort()).toEqual([gifts, visit].sort());
    expect(items.find((i: { programmeId: number }) => i.programmeId === visit)).toMatchObject({
      kind: 'hardship_visit',
      amountVnd: 1_000_000,
      unitName: 'Liên đoàn Lao động tỉnh Quảng Trị',
    });
  });

  it('shows nothing of Quảng Trị to another province', async () => {
    const programmeId = await qtProgramme(t);
    const person = await qtMember(t);
    const na = await t.signIn('na.xem');
    const list = await na.request('GET', '/api/welfare/programmes');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.some((p: { id: number }) => p.id === programmeId)).toBe(false);
    expect((await na.request('GET', `/api/welfare/programmes/${programmeId}`)).statusCode).toBe(404);
    expect((await na.request('GET', `/api/welfare/programmes/${programmeId}/nominations`)).statusCode).toBe(404);
    expect((await na.request('GET', `/api/welfare/persons/${person}/benefits`)).statusCode).toBe(404);
  });

  it("seeds Nghệ An's Tết gift programme: quotas two levels down, nominations in every state, a sponsor", async () => {
    const na = await t.signIn('na.xem');
    const mine = (await na.request('GET', '/api/welfare/programmes')).json().items;
    const tet = mine.find((p: { name: string }) => p.name.startsWith('Quà Tết Bính Ngọ 2026'));
    expect(tet).toMatchObject({ unitName: 'Liên đoàn Lao động tỉnh Nghệ An', totalCount: 300 });
    const detail = (await na.request('GET', `/api/welfare/programmes/${tet.id}`)).json();
    expect(detail.funding.some((f: { sourceKind: string }) => f.sourceKind === 'sponsor')).toBe(true);
    const commune = await unitId(t, 'CDX-16681');
    const below = (await na.request('GET', `/api/welfare/programmes/${tet.id}/quotas?unitId=${commune}`)).json();
    expect(below.unit.count).toBe(60);
    expect(below.children.filter((c: { hasQuota: boolean }) => c.hasQuota).length).toBe(2);
    const statuses = (await na.request('GET', `/api/welfare/programmes/${tet.id}/nominations`))
      .json()
      .items.map((n: { status: string }) => n.status);
    expect(new Set(statuses)).toEqual(
      new Set(['draft', 'submitted', 'approved_at_level', 'returned', 'refused', 'approved', 'handed_out']),
    );
    // the hand-out drew on the sponsor: the programme's spending shows it there
    const spending = (await na.request('GET', `/api/welfare/programmes/${tet.id}/spending`)).json();
    expect(spending.sources.find((s: { sourceKind: string }) => s.sourceKind === 'sponsor').spentVnd).toBe(600000);
    expect(spending.levels.map((l: { depth: number }) => l.depth)).toEqual([0, 1, 2]);
  });
});
