import { describe, expect, it } from 'vitest';
import type { HomeDetail, HomeSummary } from '@congdoan/domain';
import { auditOf, expectRefused } from '../../../testing/audit-rows';
import { MultipartBody, useTestApp, type Session } from '../../../testing/test-app';
import { homePng, qtHome, qtHomePhoto, qtHomeProgramme, qtMilestone } from './homes.fixtures';
import { welfareFigures } from '../welfare.fixtures';

const t = useTestApp();

const upload = (s: Session, homeId: number, query: string, name: string, content: Buffer) =>
  s.request('POST', `/api/welfare/homes/${homeId}/photos?${query}`, new MultipartBody({ name, content }));
const move = (s: Session, homeId: number, body: object) =>
  s.request('POST', `/api/welfare/homes/${homeId}/stages`, body);
const home = async (s: Session, id: number) => (await s.request('GET', `/api/welfare/homes/${id}`)).json<HomeDetail>();
const stageOf = async (id: number) =>
  (await t.db.pool.query<{ stage: string }>('SELECT stage FROM welfare_homes WHERE id = $1', [id])).rows[0]!.stage;

/** An approved nomination of CĐCS QT-0001 in a fresh Union Home programme. */
async function approvedNomination(): Promise<{ programmeId: number; nominationId: number; fullName: string }> {
  const programmeId = await qtHomeProgramme(t);
  const { rows } = await t.db.pool.query<{ id: number; fullName: string }>(
    `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, reason, amount_vnd, status)
     SELECT $1, pe.unit_id, pe.id, pe.full_name, pe.cccd, 'Nhà tạm dột nát', 50000000, 'approved'
       FROM persons pe JOIN org_units u ON u.id = pe.unit_id
      WHERE u.code = 'QT-0001' AND pe.member_status = 'active' ORDER BY pe.id LIMIT 1
     RETURNING id, full_name AS "fullName"`,
    [programmeId],
  );
  return { programmeId, nominationId: rows[0]!.id, fullName: rows[0]!.fullName };
}

const application = {
  kind: 'build',
  familySituation: 'Nhà tạm lợp tôn, dột nát; chồng bị tai nạn lao động, hai con đi học',
  appliedOn: '2024-04-01',
  provinceCode: '44',
  communeCode: '19333',
  address: 'Khu phố 5, phường Đông Hà',
  latitude: 16.8163,
  longitude: 107.1003,
};
const survey = {
  stage: 'survey',
  surveyedOn: '2024-04-05',
  surveyedBy: 'Tổ khảo sát LĐLĐ tỉnh',
  surveyFindings: 'Nhà cấp 4 xuống cấp nặng, cần xây mới 45 m²',
  estimatedCostVnd: 70_000_000,
};
const approval = {
  stage: 'approval',
  approvedOn: '2024-04-10',
  decisionNumber: '125/QĐ-LĐLĐ',
  approvedCostVnd: 70_000_000,
};
const funding = {
  stage: 'funding',
  unionVnd: 50_000_000,
  coFunders: [{ name: 'Ngân hàng Agribank Quảng Trị', amountVnd: 10_000_000 }],
  familyVnd: 8_000_000,
  otherVnd: 2_000_000,
};

describe('Union Homes', () => {
  it('goes from application to handover and final cost, with photos served back, audited, on the province map', async () => {
    const { programmeId, nominationId, fullName } = await approvedNomination();
    const s = await t.signIn('qt.canbo');
    const created = await s.request('POST', '/api/welfare/homes', { ...application, programmeId, nominationId });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json<{ id: number }>().id;
    expect((await auditOf(t, created)).map((r) => r.entity_type)).toContain('welfare_homes');

    const before = await upload(s, id, 'stage=application&caption=Nh%C3%A0%20c%C5%A9', 'nha-cu.png', homePng(1));
    expect(before.statusCode, before.body).toBe(200);
    for (const body of [survey, approval, funding]) {
      const r = await move(s, id, body);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json<{ stage: string }>().stage).toBe(body.stage);
    }
    const event = await t.newEvent();
    const ground = await move(s, id, { stage: 'ground_breaking', startedOn: '2024-05-02', startEventId: event.id });
    expect(ground.statusCode, ground.body).toBe(200);
    const m = await s.request('POST', `/api/welfare/homes/${id}/milestones`, {
      title: 'Xong phần móng',
      doneOn: '2024-05-20',
      progressPercent: 30,
    });
    expect(m.statusCode, m.body).toBe(200);
    const milestoneId = m.json<{ id: number }>().id;
    const mp = await upload(s, id, `stage=ground_breaking&milestoneId=${milestoneId}`, 'mong.png', homePng(2));
    expect(mp.statusCode, mp.body).toBe(200);
    const done = await move(s, id, { stage: 'completion', completedOn: '2024-06-20' });
    expect(done.statusCode, done.body).toBe(200);
    const handover = await move(s, id, { stage: 'handover', handedOn: '2024-06-28', handoverEventId: event.id });
    expect(handover.statusCode, handover.body).toBe(200);
    const hp = await upload(s, id, 'stage=handover', 'ban-giao.png', homePng(3));
    expect(hp.statusCode, hp.body).toBe(200);
    const final = await move(s, id, { stage: 'final_cost', finalCostVnd: 71_500_000, note: 'Phát sinh 1,5 triệu' });
    expect(final.statusCode, final.body).toBe(200);

    const d = await home(s, id);
    expect(d).toMatchObject({
      stage: 'final_cost',
      fullName,
      nominationId,
      communeName: 'Phường Đông Hà',
      provinceName: 'Tỉnh Quảng Trị',
      approvedCostVnd: 70_000_000,
      unionVnd: 50_000_000,
      coFunders: [{ name: 'Ngân hàng Agribank Quảng Trị', amountVnd: 10_000_000 }],
      startEventTitle: (await t.db.pool.query<{ title: string }>('SELECT title FROM events WHERE id = $1', [event.id]))
        .rows[0]!.title,
      handedOn: '2024-06-28',
      finalCostVnd: 71_500_000,
      canEdit: true,
    });
    expect(d.milestones).toEqual([expect.objectContaining({ id: milestoneId, progressPercent: 30 })]);
    expect(d.photos.map((p) => [p.stage, p.milestoneId, p.caption])).toEqual([
      ['application', null, 'Nhà cũ'],
      ['ground_breaking', milestoneId, null],
      ['handover', null, null],
    ]);
    const photo = await s.request('GET', `/api/welfare/homes/${id}/photos/${d.photos[2]!.id}`);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(homePng(3))).toBe(true);

    // Every move left its audit row with the stage it reached.
    const moved = (await auditOf(t, handover)).find((r) => r.entity_type === 'welfare_homes');
    expect(moved).toMatchObject({ action: 'welfare_home.move_stage', after: { stage: 'handover' } });

    const map = await s.request('GET', '/api/welfare/homes?provinceCode=44');
    const point = map.json<{ items: HomeSummary[] }>().items.find((h) => h.id === id);
    expect(point).toMatchObject({ latitude: 16.8163, longitude: 107.1003, stage: 'final_cost' });

    const figures = await welfareFigures(t, Number(d.unitId), {
      from: '2024-04-01',
      to: '2024-06-30',
    });
    expect(figures['welfare.homes_started']).toBeGreaterThanOrEqual(1);
    expect(figures['welfare.homes_handed_over']).toBeGreaterThanOrEqual(1);
    expect(figures['welfare.homes_cost_vnd']).toBeGreaterThanOrEqual(71_500_000);
  });

  it('refuses skipped stages and stages without their data, changing nothing', async () => {
    const { id } = await qtHome(t);
    const s = await t.signIn('qt.canbo');
    const skip = await move(s, id, approval);
    await expectRefused(t, skip, 409, 'WELFARE_HOME_STAGE_SKIP');
    expect(skip.json<{ error: { message: string } }>().error.message).toContain('Khảo sát');
    // No photo of the current house yet.
    await expectRefused(t, await move(s, id, survey), 409, 'WELFARE_HOME_PHOTO_REQUIRED');
    // Missing data for the stage: the body is refused as invalid.
    const bare = await move(s, id, { stage: 'survey', surveyedOn: '2024-04-05' });
    expect(bare.statusCode).toBe(400);
    await qtHomePhoto(t, id);
    // A survey before the application.
    await expectRefused(t, await move(s, id, { ...survey, surveyedOn: '2024-03-01' }), 422, 'WELFARE_HOME_DATE_ORDER');
    // A stage not reached cannot be "edited" into existence.
    await expectRefused(
      t,
      await s.request('PUT', `/api/welfare/homes/${id}/stages`, approval),
      409,
      'WELFARE_HOME_STAGE_NOT_REACHED',
    );
    // A photo for a stage not reached.
    await expectRefused(t, await upload(s, id, 'stage=handover', 'a.png', homePng(4)), 409, 'WELFARE_HOME_PHOTO_STAGE');
    expect(await stageOf(id)).toBe('application');

    const built = await qtHome(t, 'ground_breaking');
    await expectRefused(
      t,
      await move(s, built.id, { stage: 'completion', completedOn: '2024-06-20' }),
      409,
      'WELFARE_HOME_MILESTONE_REQUIRED',
    );
    await qtMilestone(t, built.id);
    await expectRefused(
      t,
      await move(s, built.id, { stage: 'handover', handedOn: '2024-06-28' }),
      409,
      'WELFARE_HOME_STAGE_SKIP',
    );
    const early = await qtHome(t, 'funding');
    await expectRefused(
      t,
      await s.request('POST', `/api/welfare/homes/${early.id}/milestones`, {
        title: 'Móng',
        doneOn: '2024-05-20',
        progressPercent: 10,
      }),
      409,
      'WELFARE_HOME_MILESTONE_CLOSED',
    );
    expect(await stageOf(built.id)).toBe('ground_breaking');
  });

  it('checks that the funding split adds up to the approved cost, on the move and on every edit', async () => {
    const { id } = await qtHome(t, 'approval');
    const s = await t.signIn('qt.canbo');
    const short = await move(s, id, { ...funding, otherVnd: 0 });
    await expectRefused(t, short, 422, 'WELFARE_HOME_FUNDING_SUM');
    expect(short.json<{ error: { message: string } }>().error.message).toContain('(68.000.000 đồng)');
    await expectRefused(t, await move(s, id, { ...funding, familyVnd: 8_000_000.5 }), 422, 'WELFARE_AMOUNT_INVALID');
    await expectRefused(t, await move(s, id, { ...funding, unionVnd: -1 }), 422, 'WELFARE_AMOUNT_INVALID');
    expect(await stageOf(id)).toBe('approval');
    // The fixture's approved cost is 60,000,000: 50 + 10 + 0.
    const ok = await move(s, id, { ...funding, coFunders: [], familyVnd: 10_000_000, otherVnd: 0 });
    expect(ok.statusCode, ok.body).toBe(200);
    // Raising the approved cost alone would break the split: refused; the split edited to match is fine.
    await expectRefused(
      t,
      await s.request('PUT', `/api/welfare/homes/${id}/stages`, { ...approval, approvedCostVnd: 65_000_000 }),
      422,
      'WELFARE_HOME_FUNDING_SUM',
    );
    const edit = await s.request('PUT', `/api/welfare/homes/${id}/stages`, {
      ...funding,
      coFunders: [{ name: 'Công ty CP Sữa', amountVnd: 5_000_000 }],
      familyVnd: 5_000_000,
      otherVnd: 0,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await auditOf(t, edit)).find((r) => r.entity_type === 'welfare_homes')?.after).toMatchObject({
      family_vnd: 5000000,
      co_funders: [{ name: 'Công ty CP Sữa', amountVnd: 5000000 }],
    });
    expect((await home(s, id)).stage).toBe('funding');
  });

  it('refuses a location outside the province or Vietnam and a programme of another kind', async () => {
    const { programmeId, nominationId } = await approvedNomination();
    const s = await t.signIn('qt.canbo');
    const post = (body: object) =>
      s.request('POST', '/api/welfare/homes', { ...application, programmeId, nominationId, ...body });
    // Phường Ba Đình (Hà Nội) is not in Quảng Trị.
    await expectRefused(t, await post({ communeCode: '00004' }), 422, 'WELFARE_HOME_LOCATION_INVALID');
    await expectRefused(t, await post({ latitude: 30, longitude: 107 }), 422, 'WELFARE_HOME_LOCATION_INVALID');
    const first = await post({});
    expect(first.statusCode, first.body).toBe(200);
    await expectRefused(t, await post({}), 409, 'WELFARE_HOME_EXISTS');
    const { rows } = await t.db.pool.query<{ id: number }>(
      "INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, benefit_form, benefit_vnd) SELECT id, 'tet_gift', 'Quà Tết', 2026, '2026-01-01', '2026-02-01', 'cash', 500000 FROM org_units WHERE code = 'LDLD-44' RETURNING id",
    );
    await expectRefused(
      t,
      await post({
        programmeId: rows[0]!.id,
        nominationId: null,
        unitId: Number((await home(s, first.json<{ id: number }>().id)).unitId),
        fullName: 'A',
      }),
      422,
      'WELFARE_HOME_PROGRAMME_KIND',
    );
  });

  it('keeps houses and their photos within scope', async () => {
    const { id } = await qtHome(t, 'ground_breaking');
    const photoId = await qtHomePhoto(t, id);
    const laoCai = await t.newUser({ unit: 'LDLD-15', roles: ['officer'] });
    const other = await t.signIn(laoCai.username, laoCai.password);
    await expectRefused(t, await other.request('GET', `/api/welfare/homes/${id}`), 404, 'WELFARE_HOME_NOT_FOUND');
    await expectRefused(
      t,
      await other.request('GET', `/api/welfare/homes/${id}/photos/${photoId}`),
      404,
      'WELFARE_HOME_NOT_FOUND',
    );
    await expectRefused(
      t,
      await upload(other, id, 'stage=application', 'x.png', homePng(5)),
      404,
      'WELFARE_HOME_NOT_FOUND',
    );
    await expectRefused(
      t,
      await move(other, id, { stage: 'completion', completedOn: '2024-06-20' }),
      404,
      'WELFARE_HOME_NOT_FOUND',
    );
    const list = await other.request('GET', '/api/welfare/homes?provinceCode=44');
    expect(list.json<{ items: HomeSummary[] }>().items.map((h) => h.id)).not.toContain(id);
    // A Quảng Trị viewer reads the house but may not change it.
    const qtViewer = await t.newUser({ unit: 'LDLD-44', roles: ['viewer'] });
    const viewer = await t.signIn(qtViewer.username, qtViewer.password);
    expect((await home(viewer, id)).canEdit).toBe(false);
    expect((await move(viewer, id, { stage: 'completion', completedOn: '2024-06-20' })).statusCode).toBe(403);
    expect(await stageOf(id)).toBe('ground_breaking');
  });
});
