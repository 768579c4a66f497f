// The figures of one programme, computed here once for the programme page, the summary .xlsx, the support
// decision and the signature list: quota, nominated, approved, handed out and VND per unit (its whole
// subtree) and per funding source, and the list of beneficiaries with the amount each receives.
import { AppError, Permission, type ProgrammeSpending, type UnitFigures } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { programmeFor, unitInScope, type ProgrammeRow } from './welfare.queries';

type Q = Pick<Tx, 'query'>;

/** Who may read what: the official's read scopes, narrowed to one unit's subtree when asked. */
export type FigureScope = { scopes: string[]; under: string | null };

export async function figureScope(
  ctx: Ctx,
  programmeId: number,
  unitId?: number,
): Promise<{
  programme: ProgrammeRow;
  scope: FigureScope;
}> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const programme = await programmeFor(ctx.pool, programmeId, scopes);
  const under = unitId ? (await unitInScope(ctx.pool, unitId, scopes)).path : null;
  return { programme, scope: { scopes, under } };
}

type Row = Omit<UnitFigures, 'bySource'> & { fundingId: number | null; sourceVnd: number };

/** Per quota unit in scope: its quota and its subtree's nominations, approvals and hand-outs (by source). */
async function unitRows(db: Q, p: ProgrammeRow, s: FigureScope): Promise<UnitFigures[]> {
  const { rows } = await db.query<Row>(
    // Nominations are counted per nominating unit and source, then lifted to every ancestor (subpath), so the
    // rollup costs units × depth, not units × units.
    `WITH qu AS (
       SELECT q.unit_id, q.count, q.budget_vnd, u.code, u.name, u.path, pq.unit_id AS parent_unit_id
         FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id
         LEFT JOIN welfare_quotas pq ON pq.id = q.parent_quota_id
        WHERE q.programme_id = $1 AND u.path <@ $2::ltree[] AND ($3::ltree IS NULL OR u.path <@ $3::ltree)
     ), agg AS (
       SELECT nu.path, h.funding_id,
              count(*) FILTER (WHERE n.status <> 'refused') AS nominated,
              count(*) FILTER (WHERE n.status IN ('approved', 'handed_out')) AS approved,
              count(h.id) AS handed_out, coalesce(sum(h.amount_vnd), 0) AS vnd
         FROM welfare_nominations n JOIN org_units nu ON nu.id = n.unit_id
         LEFT JOIN welfare_handouts h ON h.nomination_id = n.id
        WHERE n.programme_id = $1
        GROUP BY nu.path, h.funding_id
     ), up AS (
       SELECT subpath(a.path, 0, k) AS anc, a.* FROM agg a, generate_series($4::int, nlevel(a.path)) k
     )
     SELECT qu.unit_id AS "unitId", qu.code AS "unitCode", qu.name AS "unitName",
            nlevel(qu.path) - $4::int AS depth, qu.parent_unit_id AS "parentUnitId",
            qu.count AS "quotaCount", qu.budget_vnd AS "budgetVnd", up.funding_id AS "fundingId",
            coalesce(sum(up.nominated), 0)::int AS nominated, coalesce(sum(up.approved), 0)::int AS approved,
            coalesce(sum(up.handed_out), 0)::int AS "handedOut", coalesce(sum(up.vnd), 0)::bigint AS "sourceVnd"
       FROM qu LEFT JOIN up ON up.anc = qu.path
      GROUP BY qu.unit_id, qu.code, qu.name, qu.path, qu.parent_unit_id, qu.count, qu.budget_vnd, up.funding_id
      ORDER BY qu.path, up.funding_id NULLS FIRST`,
    [p.id, s.scopes, s.under, p.ownerPath.split('.').length],
  );
  const units = new Map<number, UnitFigures>();
  for (const r of rows) {
    const { fundingId, sourceVnd, ...rest } = r;
    const u = units.get(r.unitId) ?? {
      ...rest,
      nominated: 0,
      approved: 0,
      handedOut: 0,
      handedOutVnd: 0,
      bySource: {},
    };
    u.nominated += r.nominated;
    u.approved += r.approved;
    u.handedOut += r.handedOut;
    u.handedOutVnd += sourceVnd;
    if (fundingId != null && sourceVnd > 0) u.bySource[String(fundingId)] = sourceVnd;
    units.set(r.unitId, u);
  }
  return [...units.values()];
}

/** Spending against budget: per funding source (programme-wide), per level and per unit in scope. */
export async function programmeSpending(db: Q, p: ProgrammeRow, s: FigureScope): Promise<ProgrammeSpending> {
  const { rows: sources } = await db.query<ProgrammeSpending['sources'][number]>(
    `SELECT f.id, f.source_kind AS "sourceKind", f.sponsor_name AS "sponsorName", f.amount_vnd AS "amountVnd",
            coalesce(sum(h.amount_vnd), 0)::bigint AS "spentVnd",
            (f.amount_vnd - coalesce(sum(h.amount_vnd), 0))::bigint AS "remainingVnd"
       FROM welfare_funding f LEFT JOIN welfare_handouts h ON h.funding_id = f.id
      WHERE f.programme_id = $1 GROUP BY f.id ORDER BY f.id`,
    [p.id],
  );
  const { rows: loose } = await db.query<{ vnd: number }>(
    `SELECT coalesce(sum(h.amount_vnd), 0)::bigint AS vnd FROM welfare_handouts h
       JOIN welfare_nominations n ON n.id = h.nomination_id WHERE n.programme_id = $1 AND h.funding_id IS NULL`,
    [p.id],
  );
  const units = await unitRows(db, p, s);
  const levels = new Map<number, ProgrammeSpending['levels'][number]>();
  for (const u of units) {
    const l = levels.get(u.depth) ?? { depth: u.depth, units: 0, budgetVnd: 0, spentVnd: 0, remainingVnd: 0 };
    l.units += 1;
    l.budgetVnd += u.budgetVnd;
    l.spentVnd += u.handedOutVnd;
    l.remainingVnd = l.budgetVnd - l.spentVnd;
    levels.set(u.depth, l);
  }
  return {
    sources,
    unassignedVnd: loose[0]!.vnd,
    levels: [...levels.values()].sort((a, b) => a.depth - b.depth),
    units,
  };
}

export type Beneficiary = {
  nominationId: number;
  fullName: string;
  unitName: string;
  hardshipCategory: string | null;
  /** What the person receives: the hand-out's amount once recorded, else the approved amount. */
  amountVnd: number;
  handedOn: string | null;
};

/** The approved beneficiaries (handed out or not) in scope: the decision's annex and the signature list. */
export async function beneficiaries(db: Q, p: ProgrammeRow, s: FigureScope): Promise<Beneficiary[]> {
  const { rows } = await db.query<Beneficiary>(
    `SELECT n.id AS "nominationId", n.full_name AS "fullName", u.name AS "unitName",
            n.hardship_category AS "hardshipCategory", coalesce(h.amount_vnd, n.amount_vnd) AS "amountVnd",
            to_char(h.handed_on, 'YYYY-MM-DD') AS "handedOn"
       FROM welfare_nominations n JOIN org_units u ON u.id = n.unit_id
       LEFT JOIN welfare_handouts h ON h.nomination_id = n.id
      WHERE n.programme_id = $1 AND n.status IN ('approved', 'handed_out') AND u.path <@ $2::ltree[]
        AND ($3::ltree IS NULL OR u.path <@ $3::ltree)
      ORDER BY u.path, n.full_name, n.id`,
    [p.id, s.scopes, s.under],
  );
  return rows;
}

/** The screen's figures: GET /api/welfare/programmes/:id/spending. */
export async function getSpending(ctx: Ctx, programmeId: number, unitId?: number): Promise<ProgrammeSpending> {
  const { programme, scope } = await figureScope(ctx, programmeId, unitId);
  return programmeSpending(ctx.pool, programme, scope);
}

/** A programme's name, owner and the sum of a list, for document titles. */
export async function programmeHeading(db: Q, id: number) {
  const { rows } = await db.query<{ name: string; unitId: number; unitName: string; year: number; benefitVnd: number }>(
    `SELECT p.name, p.unit_id AS "unitId", u.name AS "unitName", p.year, p.benefit_vnd AS "benefitVnd"
       FROM welfare_programmes p JOIN org_units u ON u.id = p.unit_id WHERE p.id = $1`,
    [id],
  );
  if (!rows[0]) throw new AppError('WELFARE_PROGRAMME_NOT_FOUND', { id });
  return rows[0];
}

export const totalVnd = (list: { amountVnd: number }[]) => list.reduce((sum, b) => sum + b.amountVnd, 0);
