import { describe, expect, it } from 'vitest';
import { MultipartBody } from '../../testing/multipart';
import { qtMember } from '../../testing/quang-tri';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { qtProgramme } from './welfare.fixtures';

const t = useTestApp();

const programmeBody = async (funding: unknown[]) => {
  const { rows } = await t.db.pool.query(
    "SELECT to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY')::int AS year, " +
      "to_char((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 30, 'YYYY-MM-DD') AS f, " +
      "to_char((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30, 'YYYY-MM-DD') AS t",
  );
  return {
    unitId: await unitId(t, 'LDLD-44'),
    kind: 'tet_gift',
    name: 'Quà Tết Bính Ngọ 2026',
    year: rows[0].year,
    nominationFrom: rows[0].f,
    nominationTo: rows[0].t,
    benefitForm: 'cash',
    benefitVnd: 600000,
    totalCount: 100,
    totalBudgetVnd: 60_000_000,
    nonMembersAllowed: true,
    hardshipCategories: ['Ốm đau', 'Hoàn cảnh khó khăn'],
    funding,
  };
};

/** Approved nominations by the unit `code` of members of QT-0001, written directly (reviews have their tests). */
async function approved(programmeId: number, code: string, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const person = await qtMember(t);
    const { rows } = await t.db.pool.query<{ id: number }>(
      `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, reason, amount_vnd, status)
       SELECT $1, (SELECT id FROM org_units WHERE code = $3), pe.id, pe.full_name, 'Hoàn cảnh khó khăn', 600000,
              'approved' FROM persons pe WHERE pe.id = $2 RETURNING id`,
      [programmeId, person, code],
    );
    ids.push(rows[0]!.id);
  }
  return ids;
}

const handOut = (s: Session, id: number, extra: Record<string, unknown> = {}) =>
  s.request('POST', `/api/welfare/nominations/${id}/handout`, {
    method: 'cash',
    handedBy: 'Lê Văn Tám',
    place: 'Nhà văn hóa phường',
    handedOn: '2026-01-25',
    ...extra,
  });

const handoutRows = async (programmeId: number) =>
  JSON.stringify(
    (
      await t.db.pool.query(
        `SELECT h.nomination_id, h.amount_vnd, h.funding_id, h.method, h.voucher_code, n.status
           FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
          WHERE n.programme_id = $1 ORDER BY h.id`,
        [programmeId],
      )
    ).rows,
  );

describe('welfare hand-outs and spending', () => {
  it('draws each hand-out on a funding source and the unit budget, refuses beyond either, and can be corrected', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 100 });
    const funding = [
      { sourceKind: 'social_fund', amountVnd: 1_000_000 },
      { sourceKind: 'sponsor', sponsorName: 'Ngân hàng Vietinbank', amountVnd: 5_000_000 },
    ];
    const put = await qt.request('PUT', `/api/welfare/programmes/${programmeId}`, await programmeBody(funding));
    expect(put.statusCode, put.body).toBe(200);
    const [social, sponsor] = (await qt.request('GET', `/api/welfare/programmes/${programmeId}`)).json().funding;
    const [province, commune, grassroots] = [
      await unitId(t, 'LDLD-44'),
      await unitId(t, 'CDX-19333'),
      await unitId(t, 'QT-0001'),
    ];
    const allocate = (parentUnitId: number, unit: number, count: number, budgetVnd: number) =>
      qt.request('PUT', `/api/welfare/programmes/${programmeId}/quotas`, {
        parentUnitId,
        items: [{ unitId: unit, count, budgetVnd }],
      });
    expect((await allocate(province, commune, 3, 1_800_000)).statusCode).toBe(200);
    expect((await allocate(commune, grassroots, 3, 1_200_000)).statusCode).toBe(200);
    const [a, b, c] = await approved(programmeId, 'QT-0001', 3);

    // A from the social fund (1,000,000): 400,000 left there.
    const first = await handOut(qt, a!, { fundingId: social.id });
    expect(first.statusCode, first.body).toBe(200);
    const before = await handoutRows(programmeId);
    const audits = await t.auditCount();
    const fromSocial = await handOut(qt, b!, { fundingId: social.id });
    expect(fromSocial.statusCode).toBe(409);
    expect(fromSocial.json().error).toMatchObject({
      code: 'WELFARE_FUNDING_EXCEEDED',
      message: 'Nguồn kinh phí "Quỹ xã hội" chỉ còn 400.000 đồng, không đủ để trao 600.000 đồng.',
    });
    // The grassroots union's budget is 1,200,000: 600,000 left.
    const overBudget = await handOut(qt, b!, { amountVnd: 700_000 });
    expect(overBudget.json().error).toMatchObject({
      code: 'WELFARE_BUDGET_EXCEEDED',
      message: expect.stringContaining('chỉ còn 600.000 đồng'),
    });
    for (const bad of [{ amountVnd: -600_000 }, { amountVnd: 600_000.5 }]) {
      const res = await handOut(qt, b!, bad);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('WELFARE_AMOUNT_INVALID');
    }
    expect((await handOut(qt, b!, { handedOn: '2099-01-01' })).json().error.code).toBe('WELFARE_HANDOUT_DATE_INVALID');
    expect((await handOut(qt, b!, { method: 'voucher' })).json().error.code).toBe('WELFARE_VOUCHER_CODE_REQUIRED');
    const foreign = await handOut(qt, b!, { fundingId: 987654321 });
    expect(foreign.json().error.code).toBe('WELFARE_FUNDING_NOT_FOUND');
    expect(await handoutRows(programmeId)).toBe(before);
    expect(await t.auditCount()).toBe(audits);

    // No source named: the first with enough left (the sponsor, as the social fund has 400,000).
    expect((await handOut(qt, b!)).statusCode).toBe(200);
    const { rows: drawn } = await t.db.pool.query('SELECT funding_id FROM welfare_handouts WHERE nomination_id = $1', [
      b,
    ]);
    expect(drawn[0].funding_id).toBe(sponsor.id);
    // The unit's budget is spent: the third is refused, whatever the source.
    expect((await handOut(qt, c!)).json().error.code).toBe('WELFARE_BUDGET_EXCEEDED');

    // Correct A: 400,000 by e-voucher. Its own old amount does not count against it.
    const edit = (body: Record<string, unknown>) =>
      qt.request('PUT', `/api/welfare/nominations/${a}/handout`, {
        method: 'voucher',
        voucherCode: 'CHOTET-7F3K-92QX',
        handedBy: 'Lê Văn Tám',
        handedOn: '2026-01-26',
        fundingId: social.id,
        ...body,
      });
    expect((await edit({ voucherCode: '' })).json().error.code).toBe('WELFARE_VOUCHER_CODE_REQUIRED');
    expect((await edit({ amountVnd: 1.5 })).json().error.code).toBe('WELFARE_AMOUNT_INVALID');
    expect((await edit({ amountVnd: 700_000 })).json().error.code).toBe('WELFARE_BUDGET_EXCEEDED');
    const fixed = await edit({ amountVnd: 400_000 });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const shown = (await qt.request('GET', `/api/welfare/nominations/${a}/handout`)).json();
    expect(shown).toMatchObject({
      method: 'voucher',
      voucherCode: 'CHOTET-7F3K-92QX',
      amountVnd: 400_000,
      handedOn: '2026-01-26',
      fundingId: social.id,
      photoName: null,
    });
    const { rows: audit } = await t.db.pool.query(
      `SELECT action, before->>'amount_vnd' AS was, after->>'amount_vnd' AS now FROM audit_log
        WHERE entity_type = 'welfare_handouts' AND action = 'welfare_handout.update'`,
    );
    expect(audit).toContainEqual({ action: 'welfare_handout.update', was: '600000', now: '400000' });

    // Spending per source, per level and per unit: 1,000,000 handed out, all in the grassroots union.
    const spending = (await qt.request('GET', `/api/welfare/programmes/${programmeId}/spending`)).json();
    expect(spending.sources).toEqual([
      expect.objectContaining({ id: social.id, amountVnd: 1_000_000, spentVnd: 400_000, remainingVnd: 600_000 }),
      expect.objectContaining({ id: sponsor.id, amountVnd: 5_000_000, spentVnd: 600_000, remainingVnd: 4_400_000 }),
    ]);
    expect(spending.levels).toEqual([
      { depth: 0, units: 1, budgetVnd: 60_000_000, spentVnd: 1_000_000, remainingVnd: 59_000_000 },
      { depth: 1, units: 1, budgetVnd: 1_800_000, spentVnd: 1_000_000, remainingVnd: 800_000 },
      { depth: 2, units: 1, budgetVnd: 1_200_000, spentVnd: 1_000_000, remainingVnd: 200_000 },
    ]);
    expect(spending.units.find((u: { unitId: number }) => u.unitId === grassroots)).toMatchObject({
      quotaCount: 3,
      nominated: 3,
      approved: 3,
      handedOut: 2,
      handedOutVnd: 1_000_000,
      bySource: { [social.id]: 400_000, [sponsor.id]: 600_000 },
    });

    // A source hand-outs drew on cannot go, nor drop below what they took; raising it keeps its row.
    const body = await programmeBody(funding);
    const gone = await qt.request('PUT', `/api/welfare/programmes/${programmeId}`, { ...body, funding: [funding[0]] });
    expect(gone.json().error).toMatchObject({ code: 'WELFARE_FUNDING_IN_USE' });
    expect(gone.json().error.message).toContain('Ngân hàng Vietinbank');
    const lower = await qt.request('PUT', `/api/welfare/programmes/${programmeId}`, {
      ...body,
      funding: [{ ...funding[0], amountVnd: 300_000 }, funding[1]],
    });
    expect(lower.json().error.code).toBe('WELFARE_FUNDING_IN_USE');
    const raised = await qt.request('PUT', `/api/welfare/programmes/${programmeId}`, {
      ...body,
      funding: [{ id: social.id, sourceKind: 'social_fund', amountVnd: 2_000_000 }, funding[1]],
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const after = (await qt.request('GET', `/api/welfare/programmes/${programmeId}`)).json().funding;
    expect(after.map((f: { id: number }) => f.id)).toEqual([social.id, sponsor.id]);
    // A quota budget cannot drop below what its unit handed out.
    const below = await allocate(commune, grassroots, 3, 900_000);
    expect(below.json().error.code).toBe('WELFARE_QUOTA_BELOW_USED');
  });

  it('lets exactly what a source holds through when hand-outs are recorded at once', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 100 });
    await t.db.pool.query(
      "INSERT INTO welfare_funding (programme_id, source_kind, amount_vnd) VALUES ($1, 'social_fund', 1800000)",
      [programmeId],
    );
    const ids = await approved(programmeId, 'LDLD-44', 6);
    const results = await Promise.all(ids.map((id) => handOut(qt, id)));
    const codes = results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().error.code));
    expect(codes.filter((c) => c === 'ok').length).toBe(3);
    expect(codes.filter((c) => c === 'WELFARE_FUNDING_EXCEEDED').length).toBe(3);
    const { rows } = await t.db.pool.query(
      `SELECT sum(h.amount_vnd)::bigint AS vnd FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
        WHERE n.programme_id = $1`,
      [programmeId],
    );
    expect(rows[0].vnd).toBe(1_800_000);
  });

  it('keeps a photo and a signature image of the hand-out, private to the units above it', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t);
    const [id] = await approved(programmeId, 'LDLD-44', 1);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const url = `/api/welfare/nominations/${id}/handout/photo`;
    // nothing to attach it to before the hand-out is recorded
    const early = await qt.request('POST', url, new MultipartBody({ name: 'trao-qua.png', content: png }));
    expect(early.json().error.code).toBe('WELFARE_HANDOUT_NOT_FOUND');
    expect((await handOut(qt, id!, { method: 'in_kind' })).statusCode).toBe(200);
    const up = await qt.request('POST', url, new MultipartBody({ name: 'trao-qua.png', content: png }));
    expect(up.statusCode, up.body).toBe(200);
    const pdf = await qt.request(
      'POST',
      `/api/welfare/nominations/${id}/handout/signature`,
      new MultipartBody({ name: 'chu-ky.pdf', content: Buffer.from('%PDF-1.4 x') }),
    );
    expect(pdf.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const got = await (await t.signIn('kiemtra')).request('GET', url);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.equals(png)).toBe(true);
    expect((await qt.request('GET', `/api/welfare/nominations/${id}/handout`)).json().photoName).toBe('trao-qua.png');
    expect((await (await t.signIn('na.xem')).request('GET', url)).statusCode).toBe(404);
    const { rows } = await t.db.pool.query(
      "SELECT after->>'photo_name' AS photo FROM audit_log WHERE entity_type = 'welfare_handouts' AND action = 'welfare_handout.photo'",
    );
    expect(rows).toContainEqual({ photo: 'trao-qua.png' });
  });

  it('answers fractional or negative counts and amounts with their own Vietnamese messages, changing nothing', async () => {
    const qt = await t.signIn('qt.canbo');
    const programmeId = await qtProgramme(t, { count: 100 });
    const [nomination] = await approved(programmeId, 'LDLD-44', 1);
    await t.db.pool.query("UPDATE welfare_nominations SET status = 'draft' WHERE id = $1", [nomination]);
    const before = await t.auditCount();
    const province = await unitId(t, 'LDLD-44');
    for (const count of [2.5, -1]) {
      const res = await qt.request('PUT', `/api/welfare/programmes/${programmeId}/quotas`, {
        parentUnitId: province,
        items: [{ unitId: await unitId(t, 'CDX-19333'), count, budgetVnd: 0 }],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({
        code: 'WELFARE_COUNT_INVALID',
        message: 'Số suất phải là số nguyên, không âm (không có phần thập phân).',
      });
    }
    const body = await programmeBody([{ sourceKind: 'social_fund', amountVnd: 1_000_000 }]);
    expect((await qt.request('POST', '/api/welfare/programmes', { ...body, totalCount: 1.5 })).json().error.code).toBe(
      'WELFARE_COUNT_INVALID',
    );
    const negativeSource = await qt.request('POST', '/api/welfare/programmes', {
      ...body,
      funding: [{ sourceKind: 'sponsor', sponsorName: 'X', amountVnd: -1 }],
    });
    expect(negativeSource.json().error.code).toBe('WELFARE_AMOUNT_INVALID');
    const fraction = await qt.request('PUT', `/api/welfare/nominations/${nomination}`, {
      reason: 'Ốm đau',
      amountVnd: 600000.25,
    });
    expect(fraction.json().error).toMatchObject({ code: 'WELFARE_AMOUNT_INVALID' });
    expect(await t.auditCount()).toBe(before);
  });
});
