import { AppError, Permission, todayVN, type TaskInput } from '@congdoan/domain';
import { actorUserId, pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { briefingFor, requireWrite } from './briefings.queries';

/** The owner unit must lie under the unit giving the task; the person, if named, must work for it. */
async function checkOwner(tx: Pick<Tx, 'query'>, input: TaskInput, byPath: string) {
  if (!input.unitId) throw new AppError('TASK_OWNER_REQUIRED', { field: 'unitId' });
  const { rows } = await tx.query<{ path: string }>('SELECT path::text AS path FROM org_units WHERE id = $1', [
    input.unitId,
  ]);
  if (!rows[0] || !pathInScope(rows[0].path, [byPath]))
    throw new AppError('UNIT_NOT_FOUND', { id: input.unitId, field: 'unitId' });
  if (input.ownerUserId) {
    const { rows: person } = await tx.query(
      `SELECT 1 FROM app_users a WHERE a.id = $1 AND NOT a.disabled
          AND (a.home_unit_id = $2 OR EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = a.id AND g.unit_id = $2))`,
      [input.ownerUserId, input.unitId],
    );
    if (!person[0]) throw new AppError('TASK_OWNER_OUTSIDE', { field: 'ownerUserId' });
  }
}

/**
 * Gives a task (from a briefing, or on its own) to a unit below the giver, optionally to one of its people,
 * with a deadline that is not in the past; or corrects one (`id`).
 */
export async function saveTask(ctx: Ctx, input: TaskInput, id?: number): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportWrite);
  if (!input.unitId) throw new AppError('TASK_OWNER_REQUIRED', { field: 'unitId' });
  if (input.deadline < todayVN(ctx.now())) throw new AppError('TASK_DEADLINE_PAST', { field: 'deadline' });
  return ctx.tx(id ? 'task.update' : 'task.create', async (tx) => {
    let by: { unitId: number; path: string };
    let source: 'briefing' | 'working_session' | 'none' = 'none';
    if (input.briefingId) {
      const b = await briefingFor(tx, input.briefingId, scopeFor(actor, Permission.ReportRead));
      by = { unitId: b.unitId, path: b.unitPath };
      source = b.kind;
    } else {
      // on its own: given by the owner's nearest unit in the actor's write scope (their own level)
      const { rows } = await tx.query<{ id: number; path: string }>(
        `SELECT g.id::int, g.path::text AS path FROM org_units u JOIN org_units g ON g.path @> u.path
          WHERE u.id = $1 AND g.path <@ $2::ltree[] ORDER BY nlevel(g.path) LIMIT 1`,
        [input.unitId, scopes],
      );
      if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId, field: 'unitId' });
      by = { unitId: rows[0].id, path: rows[0].path };
    }
    requireWrite(by.path, scopes);
    await checkOwner(tx, input, by.path);
    if (id) {
      const { rowCount } = await tx.query(
        `UPDATE tasks SET unit_id = $1, owner_user_id = $2, title = $3, deadline = $4, updated_at = now()
          WHERE id = $5 AND assigned_by_unit_id IN (SELECT id FROM org_units WHERE path <@ $6::ltree[])`,
        [input.unitId, input.ownerUserId ?? null, input.title, input.deadline, id, scopes],
      );
      if (!rowCount) throw new AppError('TASK_NOT_FOUND', { id });
      return { id };
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO tasks (unit_id, owner_user_id, title, deadline, source_kind, briefing_id, assigned_by_unit_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::int`,
      [
        input.unitId,
        input.ownerUserId ?? null,
        input.title,
        input.deadline,
        source,
        input.briefingId ?? null,
        by.unitId,
        actorUserId(actor),
      ],
    );
    return rows[0]!;
  });
}
