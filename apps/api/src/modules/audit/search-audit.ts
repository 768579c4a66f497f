import { Permission, type AuditEntry } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectAudit } from './audit.queries';

export type AuditSearch = {
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actorId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};

/**
 * Audit search for auditors: rows of their subtree. Rows tied to no unit (system events)
 * are seen only by auditors granted on a root unit.
 */
export async function searchAudit(ctx: Ctx, q: AuditSearch): Promise<{ items: AuditEntry[]; total: number }> {
  const scopes = scopeFor(requireActor(ctx), Permission.AuditRead);
  const where = `(a.unit_path <@ $1::ltree[] OR (a.unit_path IS NULL AND EXISTS (SELECT 1 FROM unnest($1::ltree[]) s WHERE nlevel(s) = 1)))
    AND ($2::text IS NULL OR a.entity_type = $2) AND ($3::text IS NULL OR a.entity_id = $3)
    AND ($4::text IS NULL OR a.action = $4) AND ($5::bigint IS NULL OR a.actor_id = $5)
    AND ($6::date IS NULL OR a.at >= ($6::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))
    AND ($7::date IS NULL OR a.at < (($7::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'))`;
  const params = [
    scopes,
    q.entityType ?? null,
    q.entityId ?? null,
    q.action ?? null,
    q.actorId ?? null,
    q.from ?? null,
    q.to ?? null,
  ];
  const { rows } = await ctx.pool.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM audit_log a WHERE ${where}`,
    params,
  );
  const items = await selectAudit(
    ctx.pool,
    where,
    [...params, q.pageSize, (q.page - 1) * q.pageSize],
    true,
    'ORDER BY a.id DESC LIMIT $8 OFFSET $9',
  );
  return { items, total: rows[0]?.total ?? 0 };
}
