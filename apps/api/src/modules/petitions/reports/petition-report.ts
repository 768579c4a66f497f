import {
  addresseeKindLabels,
  Permission,
  petitionStatusLabels,
  type PetitionReport,
  type PetitionStatus,
} from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { overdueSql, petitionFrom, selectPetitions, unitPathIn, visibleSql } from '../petitions.queries';

export type ReportFilter = { unitId?: number | undefined; from?: string | undefined; to?: string | undefined };

/**
 * The petitions a report counts: consolidated petitions and originals not merged (each concern once),
 * visible to the actor, optionally within one unit's subtree and a creation period (Vietnam dates).
 */
export async function reportWhere(ctx: Ctx, f: ReportFilter): Promise<{ where: string; params: unknown[] }> {
  const actor = requireActor(ctx);
  const unitPath = f.unitId ? (await unitPathIn(ctx, actor, f.unitId, Permission.PetitionRead)).path : null;
  return {
    where: `${visibleSql('$1', '$2')} AND p.consolidated_into_id IS NULL
      AND ($3::ltree IS NULL OR hu.path <@ $3::ltree OR ou.path <@ $3::ltree)
      AND ($4::date IS NULL OR p.created_at >= ($4::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))
      AND ($5::date IS NULL OR p.created_at < (($5::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))`,
    params: [scopeFor(actor, Permission.PetitionRead), actor.userId, unitPath, f.from ?? null, f.to ?? null],
  };
}

/** Counts by topic, status, unit and addressee; resolution rate; median days to resolution; overdue list. */
export async function petitionReport(ctx: Ctx, f: ReportFilter): Promise<PetitionReport> {
  const { where, params } = await reportWhere(ctx, f);
  const group = async (key: string, label: string, order = 'count(*) DESC, 2') => {
    const { rows } = await ctx.pool.query<{ key: string; label: string; count: number; affected: number }>(
      `SELECT ${key}::text AS key, ${label} AS label, count(*)::int AS count, coalesce(sum(p.affected_workers), 0)::int AS affected
         FROM ${petitionFrom} WHERE ${where} GROUP BY 1, 2 ORDER BY ${order}`,
      params,
    );
    return rows;
  };
  const byStatus = (await group('p.status', 'p.status')).map((r) => ({
    ...r,
    label: petitionStatusLabels[r.key as PetitionStatus] ?? r.key,
  }));
  const byAddressee = (await group('p.addressee_kind', 'p.addressee_kind')).map((r) => ({
    ...r,
    label: addresseeKindLabels[r.key as keyof typeof addresseeKindLabels] ?? r.key,
  }));
  const { rows: totals } = await ctx.pool.query<{ total: number; resolved: number; median: number | null }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE p.status = 'resolved')::int AS resolved,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p.resolved_at - p.created_at) / 86400)
              FILTER (WHERE p.status = 'resolved' AND p.resolved_at IS NOT NULL)::float AS median
       FROM ${petitionFrom} WHERE ${where}`,
    params,
  );
  const { total, resolved, median } = totals[0]!;
  return {
    total,
    byTopic: await group('t.id', 't.name', 'min(t.sort), 2'),
    byStatus,
    byUnit: await group('ou.id', 'ou.name'),
    byAddressee,
    resolved,
    resolutionRate: total ? Math.round((resolved / total) * 1000) / 10 : 0,
    medianDaysToResolve: median === null ? null : Math.round(median * 10) / 10,
    overdue: await selectPetitions(
      ctx.pool,
      `${where} AND ${overdueSql()}`,
      params,
      'ORDER BY p.commitment_deadline, p.id',
    ),
  };
}
