import { AppError, Permission, type QuotaTable } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { activeMembersSql, nominatedSql, programmeFor } from './welfare.queries';

type Q = Pick<Tx, 'query'>;

/** A unit's quota and the units directly below it (with or without a quota yet). */
export async function quotaTable(db: Q, programmeId: number, unitId: number): Promise<QuotaTable> {
  const { rows: own } = await db.query<QuotaTable['unit']>(
    `SELECT q.unit_id AS "unitId", u.name AS "unitName", q.count, q.budget_vnd AS "budgetVnd",
            (coalesce((SELECT sum(c.count) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)
             + ${nominatedSql})::int AS "allocatedBelow", ${nominatedSql} AS nominated, ${activeMembersSql('u')} AS "activeMembers"
       FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id WHERE q.programme_id = $1 AND q.unit_id = $2`,
    [programmeId, unitId],
  );
  if (!own[0]) throw new AppError('WELFARE_NO_QUOTA', { unitId });
  const { rows: children } = await db.query<QuotaTable['children'][number]>(
    `SELECT u.id AS "unitId", u.name AS "unitName", coalesce(q.count, 0) AS count,
            coalesce(q.budget_vnd, 0) AS "budgetVnd", q.id IS NOT NULL AS "hasQuota",
            CASE WHEN q.id IS NULL THEN 0 ELSE (coalesce((SELECT sum(c.count) FROM welfare_quotas c
              WHERE c.parent_quota_id = q.id), 0) + ${nominatedSql})::int END AS "allocatedBelow",
            CASE WHEN q.id IS NULL THEN 0 ELSE ${nominatedSql} END AS nominated, ${activeMembersSql('u')} AS "activeMembers"
       FROM org_units u LEFT JOIN welfare_quotas q ON q.programme_id = $1 AND q.unit_id = u.id
      WHERE u.parent_id = $2 AND u.closed_on IS NULL AND u.kind <> 'union_group'
      ORDER BY u.name, u.id`,
    [programmeId, unitId],
  );
  return { unit: own[0], children };
}

/** The quota table of `unitId` (default: the highest unit of the programme the official sees). */
export async function getQuotas(ctx: Ctx, programmeId: number, unitId?: number): Promise<QuotaTable> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  await programmeFor(ctx.pool, programmeId, scopes);
  const { rows } = await ctx.pool.query<{ unitId: number }>(
    `SELECT q.unit_id AS "unitId" FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id
      WHERE q.programme_id = $1 AND u.path <@ $2::ltree[] AND ($3::bigint IS NULL OR q.unit_id = $3)
      ORDER BY nlevel(u.path), u.id LIMIT 1`,
    [programmeId, scopes, unitId ?? null],
  );
  if (!rows[0]) throw new AppError('WELFARE_NO_QUOTA', { unitId });
  return quotaTable(ctx.pool, programmeId, rows[0].unitId);
}
