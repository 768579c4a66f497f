import type pg from 'pg';
import { AppError, Permission, type PetitionSummary } from '@congdoan/domain';
import { scopeFor, type Actor } from '../../context/actor';
import type { Ctx } from '../../context/context';
import { sqlIso, sqlTodayVN } from '../../kit/dates';
import type { Tx } from '../../db/tx';

type Db = pg.Pool | pg.PoolClient;

export const overdueSql = (p = 'p') =>
  `(${p}.status NOT IN ('resolved', 'rejected') AND ${p}.commitment_deadline IS NOT NULL AND ${p}.commitment_deadline < ${sqlTodayVN})`;

/**
 * Who may see petition `p` (joined with handling unit `hu` and origin unit `ou`): its handling or
 * originating unit is in scope, one of its originals came from a unit in scope, the actor raised it
 * as a member, or was given access as an addressee.
 */
export const visibleSql = (scopes: string, userId: string) => `(
  hu.path <@ ${scopes}::ltree[] OR ou.path <@ ${scopes}::ltree[]
  OR EXISTS (SELECT 1 FROM petitions c JOIN org_units cu ON cu.id = c.origin_unit_id
              WHERE c.consolidated_into_id = p.id AND cu.path <@ ${scopes}::ltree[])
  OR p.raised_by_user_id = ${userId}
  OR EXISTS (SELECT 1 FROM petition_access pa WHERE pa.petition_id = p.id AND pa.user_id = ${userId}))`;

export const petitionFrom = `petitions p JOIN petition_topics t ON t.id = p.topic_id
  JOIN org_units hu ON hu.id = p.unit_id JOIN org_units ou ON ou.id = p.origin_unit_id`;

const summaryColumns = `p.id, p.title, p.topic_id AS "topicId", t.name AS "topicName", p.status,
  p.is_consolidated AS "isConsolidated", p.consolidated_into_id AS "consolidatedIntoId",
  p.unit_id AS "unitId", hu.name AS "unitName", p.origin_unit_id AS "originUnitId", ou.name AS "originUnitName",
  p.raised_by AS "raisedBy", p.addressee_kind AS "addresseeKind", p.addressee_name AS "addresseeName",
  p.affected_workers AS "affectedWorkers",
  CASE WHEN p.is_consolidated THEN (SELECT count(DISTINCT c.origin_unit_id) FROM petitions c WHERE c.consolidated_into_id = p.id)
       ELSE 1 END::int AS "unitCount",
  CASE WHEN p.is_consolidated THEN (SELECT count(*) FROM petitions c WHERE c.consolidated_into_id = p.id)
       ELSE 0 END::int AS "originalCount",
  p.dialogue_id AS "dialogueId", to_char(p.commitment_deadline, 'YYYY-MM-DD') AS "commitmentDeadline",
  ${overdueSql()} AS overdue, p.escalation_level AS "escalationLevel", ${sqlIso('p.created_at')} AS "createdAt"`;

export async function selectPetitions(db: Db, where: string, params: unknown[], tail = 'ORDER BY p.id DESC') {
  const { rows } = await db.query<PetitionSummary>(
    `SELECT ${summaryColumns} FROM ${petitionFrom} WHERE ${where} ${tail}`,
    params,
  );
  return rows;
}

/** A petition the actor may see (read) or act on (write: the handling unit is in write scope), or 404. */
export async function findPetition(
  db: Db,
  actor: Actor,
  id: number,
  mode: 'read' | 'write',
): Promise<PetitionSummary & { unitPath: string }> {
  const where =
    mode === 'read'
      ? `p.id = $1 AND ${visibleSql('$2', '$3')}`
      : `p.id = $1 AND hu.path <@ $2::ltree[] AND $3::bigint IS NOT NULL`;
  const scopes = scopeFor(actor, mode === 'read' ? Permission.PetitionRead : Permission.PetitionWrite);
  const { rows } = await db.query<PetitionSummary & { unitPath: string }>(
    `SELECT ${summaryColumns}, hu.path::text AS "unitPath" FROM ${petitionFrom} WHERE ${where}`,
    [id, scopes, actor.userId],
  );
  if (!rows[0]) throw new AppError('PETITION_NOT_FOUND', { id });
  return rows[0];
}

/** Path of a unit inside the actor's scope for `permission`, or 404. */
export async function unitPathIn(ctx: Ctx | { pool: Db }, actor: Actor, unitId: number, permission: Permission) {
  const { rows } = await ctx.pool.query<{ path: string; name: string; parentId: number | null }>(
    `SELECT path::text AS path, name, parent_id AS "parentId" FROM org_units WHERE id = $1 AND path <@ $2::ltree[]`,
    [unitId, scopeFor(actor, permission)],
  );
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  return rows[0];
}

export async function assertTopic(db: Db, topicId: number): Promise<void> {
  const { rows } = await db.query('SELECT 1 FROM petition_topics WHERE id = $1 AND active', [topicId]);
  if (!rows[0]) throw new AppError('TOPIC_NOT_FOUND', { id: topicId });
}

/** One line of a petition's trail; the event is filed under the unit handling the petition. */
export async function addEvent(
  tx: Tx,
  actor: Actor,
  e: {
    petitionId: number;
    kind: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    toUnitId?: number | null;
    note?: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO petition_events (petition_id, unit_id, kind, from_status, to_status, to_unit_id, note, actor_id, actor_name)
     SELECT id, unit_id, $2, $3, $4, $5, $6, $7, $8 FROM petitions WHERE id = $1`,
    [
      e.petitionId,
      e.kind,
      e.fromStatus ?? null,
      e.toStatus ?? null,
      e.toUnitId ?? null,
      e.note ?? null,
      actor.userId > 0 ? actor.userId : null,
      actor.displayName,
    ],
  );
}

/** Change the status of petitions, recording each change in their trail. */
export async function setStatus(
  tx: Tx,
  actor: Actor,
  ids: number[],
  status: string,
  kind = 'status',
  note: string | null = null,
): Promise<void> {
  const { rows } = await tx.query<{ id: number; old: string }>(
    `UPDATE petitions p SET status = $2, status_changed_at = now(),
            resolved_at = CASE WHEN $2 = 'resolved' THEN now() ELSE NULL END
       FROM petitions o WHERE o.id = p.id AND p.id = ANY($1::bigint[]) RETURNING p.id, o.status AS old`,
    [ids, status],
  );
  for (const r of rows)
    await addEvent(tx, actor, { petitionId: r.id, kind, fromStatus: r.old, toStatus: status, note });
}
