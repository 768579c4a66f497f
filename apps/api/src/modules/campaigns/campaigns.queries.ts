import type pg from 'pg';
import { AppError, type CampaignSummary, type Permission } from '@congdoan/domain';
import { scopeFor, type Actor } from '../../context/actor';

type Db = pg.Pool | pg.PoolClient;

/** Campaign summaries; `where` filters campaigns `c` joined to their unit `u`. */
export async function selectCampaigns(
  db: Db,
  where: string,
  params: unknown[],
  tail = 'ORDER BY c.year DESC, c.starts_on DESC, c.id DESC',
): Promise<CampaignSummary[]> {
  const { rows } = await db.query<CampaignSummary>(
    `SELECT c.id::int, c.unit_id::int AS "unitId", u.code AS "unitCode", u.name AS "unitName",
            c.parent_id::int AS "parentId", c.root_id::int AS "rootId", pu.name AS "issuedByName",
            c.kind, c.title, c.year, to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn",
            to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn", to_char(c.report_due_on, 'YYYY-MM-DD') AS "reportDueOn",
            c.themes, c.plan_file_name AS "planFileName",
            (SELECT count(*)::int FROM campaigns d WHERE d.parent_id = c.id) AS copies,
            to_char(c.cancelled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "cancelledAt",
            c.cancel_reason AS "cancelReason"
       FROM campaigns c JOIN org_units u ON u.id = c.unit_id
       LEFT JOIN campaigns p ON p.id = c.parent_id LEFT JOIN org_units pu ON pu.id = p.unit_id
      WHERE ${where} ${tail}`,
    params,
  );
  return rows;
}

export type CampaignRow = CampaignSummary & { unitPath: string; planFileKey: string | null };

/** One campaign copy whose unit lies in the actor's scope for `permission`, or 404. */
export async function campaignInScope(db: Db, actor: Actor, id: number, permission: Permission): Promise<CampaignRow> {
  const scopes = scopeFor(actor, permission);
  const [found] = await selectCampaigns(db, 'c.id = $1 AND u.path <@ $2::ltree[]', [id, scopes], '');
  if (!found) throw new AppError('CAMPAIGN_NOT_FOUND', { id });
  const { rows } = await db.query<{ unitPath: string; planFileKey: string | null }>(
    `SELECT u.path::text AS "unitPath", c.plan_file_key AS "planFileKey"
       FROM campaigns c JOIN org_units u ON u.id = c.unit_id WHERE c.id = $1`,
    [id],
  );
  return { ...found, ...rows[0]! };
}

/** Copy the live activities of one campaign copy into another (inherited, so they cannot be removed). */
export async function copyActivities(tx: pg.PoolClient, fromId: number, toId: number, unitId: number): Promise<void> {
  await tx.query(
    `INSERT INTO campaign_activities (campaign_id, unit_id, inherited_from_id, origin_id, title, description, is_model,
                                      indicators, position)
     SELECT $2, $3, a.id, coalesce(a.origin_id, a.id), a.title, a.description, a.is_model, a.indicators, a.position
       FROM campaign_activities a WHERE a.campaign_id = $1 AND a.removed_at IS NULL ORDER BY a.position, a.id`,
    [fromId, toId, unitId],
  );
}

/** The plan's issuing copy, open for change: copies below and cancelled plans are refused. */
export async function ownPlanInScope(db: Db, actor: Actor, id: number, permission: Permission): Promise<CampaignRow> {
  const c = await campaignInScope(db, actor, id, permission);
  if (c.parentId !== null) throw new AppError('CAMPAIGN_COPY_LOCKED', { issuer: c.issuedByName ?? '' });
  if (c.cancelledAt) throw new AppError('CAMPAIGN_CANCELLED', { reason: c.cancelReason ?? '' });
  return c;
}
