// Test fixtures for welfare: rows written with SQL, a fresh programme on each call.
import { inTransaction } from '../../db/tx';
import type { TestApp } from '../../testing/test-app';
import { computeIndicators } from '../reports/indicators/compute';
import { indicatorRegistry } from '../reports/indicators/registry';
import { welfareIndicatorList } from './indicators';

/**
 * A Tết gift programme of LĐLĐ Quảng Trị open for nominations today: 100 gifts of 600,000 VND,
 * non-members allowed. Returns its id.
 */
export async function qtProgramme(t: TestApp, opts: { count?: number; capVnd?: number } = {}): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, benefit_form,
       benefit_vnd, non_members_allowed, yearly_cap_vnd, hardship_categories)
     SELECT id, 'tet_gift', 'Quà Tết Bính Ngọ 2026', extract(year FROM now())::int,
            (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 30, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30,
            'cash', 600000, true, $1, '{Ốm đau,Hoàn cảnh khó khăn}'
       FROM org_units WHERE code = 'LDLD-44' RETURNING id, unit_id`,
    [opts.capVnd ?? null],
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd)
     SELECT $1, unit_id, $2::int, $2::int * 600000::bigint FROM welfare_programmes WHERE id = $1`,
    [id, opts.count ?? 100],
  );
  return id;
}

/** Active members of a unit's subtree (by unit code), in a stable order. */
export async function membersOf(t: TestApp, code: string, n: number): Promise<number[]> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT pe.id FROM persons pe JOIN org_units u ON u.id = pe.unit_id, org_units top
      WHERE top.code = $1 AND u.path <@ top.path AND pe.member_status = 'active' AND pe.merged_into_id IS NULL
      ORDER BY pe.id LIMIT $2`,
    [code, n],
  );
  return rows.map((r) => r.id);
}

/** A nomination by LĐLĐ Quảng Trị itself in a fresh programme, in the given state. */
export async function qtNomination(
  t: TestApp,
  status: 'draft' | 'submitted' | 'approved' = 'draft',
): Promise<{ programmeId: number; id: number }> {
  const programmeId = await qtProgramme(t);
  const [personId] = await membersOf(t, 'LDLD-44', 1);
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, reason, amount_vnd, status,
       level_unit_id)
     SELECT $1, p.unit_id, pe.id, pe.full_name, pe.cccd, 'Hoàn cảnh khó khăn', 600000, $3,
            CASE WHEN $3 = 'submitted' THEN p.unit_id END
       FROM welfare_programmes p, persons pe WHERE p.id = $1 AND pe.id = $2 RETURNING id`,
    [programmeId, personId, status],
  );
  return { programmeId, id: rows[0]!.id };
}

/**
 * The welfare figures of a unit's subtree in a period, as the periodic reports compute them (the report engine
 * is their one implementation); byChild as a report page computes them, beside each child's.
 */
export async function welfareFigures(
  t: TestApp,
  unitId: number,
  period: { from: string; to: string },
  byChild = false,
): Promise<Record<string, number>> {
  const registry = indicatorRegistry();
  const indicators = welfareIndicatorList.map((i) => registry.get(i.key)!).filter((i) => i.sql);
  const audit = {
    actorId: null,
    actorName: null,
    source: 'system' as const,
    requestId: null,
    action: 'report.compute',
  };
  const figures = await inTransaction(t.db.pool, audit, (tx) =>
    computeIndicators(tx, indicators, { rootUnitId: unitId, ...period, byChild }),
  );
  return figures.byGroup.get(unitId) ?? {};
}
