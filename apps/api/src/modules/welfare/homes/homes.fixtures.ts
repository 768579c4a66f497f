// Test fixtures for Union Homes: rows written with SQL, fresh on each call.
import { homeStages, type HomeStage } from '@congdoan/domain';
import type { TestApp } from '../../../testing/test-app';

/** A small PNG, different for each `n` (the store and the route give back these exact bytes). */
export const homePng = (n: number) =>
  Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), Buffer.from([n])]);

/** LĐLĐ Quảng Trị's Union Home programme, open today: 30 houses, 50,000,000 VND from the union each. */
export async function qtHomeProgramme(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, benefit_form, benefit_vnd)
     SELECT id, 'union_home', 'Mái ấm Công đoàn', extract(year FROM now())::int,
            (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 30, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30,
            'in_kind', 50000000
       FROM org_units WHERE code = 'LDLD-44' RETURNING id`,
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd)
     SELECT id, unit_id, 30, 1500000000 FROM welfare_programmes WHERE id = $1`,
    [id],
  );
  return id;
}

/**
 * A house of CĐCS QT-0001 (Phường Đông Hà) in a fresh programme, at `stage` with every earlier stage's data:
 * approved cost 60,000,000 = union 50,000,000 + family 10,000,000; dates in April–June 2024.
 */
export async function qtHome(
  t: TestApp,
  stage: HomeStage = 'application',
): Promise<{ id: number; programmeId: number }> {
  const programmeId = await qtHomeProgramme(t);
  const at = homeStages.indexOf(stage);
  const reached = (s: HomeStage) => at >= homeStages.indexOf(s);
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_homes (programme_id, unit_id, full_name, kind, stage, family_situation, applied_on,
       province_code, commune_code, address, latitude, longitude,
       surveyed_on, surveyed_by, survey_findings, estimated_cost_vnd, approved_on, decision_number, approved_cost_vnd,
       union_vnd, family_vnd, other_vnd, started_on, completed_on, handed_on, final_cost_vnd)
     SELECT $1, id, 'Lê Văn Thử', 'build', $2, 'Nhà tạm dột nát, vợ ốm dài ngày', '2024-04-01',
            '44', '19333', 'Khu phố 3, phường Đông Hà', 16.816, 107.1,
            CASE WHEN $3 THEN '2024-04-05'::date END, CASE WHEN $3 THEN 'Tổ khảo sát LĐLĐ tỉnh' END,
            CASE WHEN $3 THEN 'Nhà cấp 4 xuống cấp, cần xây mới' END, CASE WHEN $3 THEN 60000000 END,
            CASE WHEN $4 THEN '2024-04-10'::date END, CASE WHEN $4 THEN '125/QĐ-LĐLĐ' END,
            CASE WHEN $4 THEN 60000000 END,
            CASE WHEN $5 THEN 50000000 END, CASE WHEN $5 THEN 10000000 END, CASE WHEN $5 THEN 0 END,
            CASE WHEN $6 THEN '2024-05-02'::date END, CASE WHEN $7 THEN '2024-06-20'::date END,
            CASE WHEN $8 THEN '2024-06-28'::date END, CASE WHEN $9 THEN 61500000 END
       FROM org_units WHERE code = 'QT-0001' RETURNING id`,
    [
      programmeId,
      stage,
      reached('survey'),
      reached('approval'),
      reached('funding'),
      reached('ground_breaking'),
      reached('completion'),
      reached('handover'),
      reached('final_cost'),
    ],
  );
  return { id: rows[0]!.id, programmeId };
}

/** A house's photo row with its file already in the store. */
export async function qtHomePhoto(t: TestApp, homeId: number): Promise<number> {
  await t.app.deps.files.put('test/nha.png', homePng(1));
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_home_photos (home_id, stage, file_key, file_name) VALUES ($1, 'application', 'test/nha.png',
       'nha.png') RETURNING id`,
    [homeId],
  );
  return rows[0]!.id;
}

/** A milestone of a house that broke ground. */
export async function qtMilestone(t: TestApp, homeId: number): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_home_milestones (home_id, title, done_on, progress_percent)
     VALUES ($1, 'Xong phần móng', '2024-05-20', 30) RETURNING id`,
    [homeId],
  );
  return rows[0]!.id;
}
