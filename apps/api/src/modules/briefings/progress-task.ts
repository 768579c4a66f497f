import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/**
 * The owner reports progress: in progress, or done with its evidence (what was done). Allowed to the named
 * person, to officials of the owning unit and to those of the unit that gave it.
 */
export async function progressTask(
  ctx: Ctx,
  id: number,
  status: 'new' | 'in_progress' | 'done',
  evidence: string | null | undefined,
): Promise<{ id: number; status: string }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportWrite);
  const note = evidence?.trim() || null;
  if (status === 'done' && !note) throw new AppError('TASK_EVIDENCE_REQUIRED', { field: 'evidence' });
  return ctx.tx('task.progress', async (tx) => {
    const { rows } = await tx.query<{ id: number; status: string }>(
      `UPDATE tasks t SET status = $2, evidence = coalesce($3, t.evidence),
              done_at = CASE WHEN $2 = 'done' THEN coalesce(t.done_at, now()) END, updated_at = now()
         FROM org_units u, org_units a
        WHERE t.id = $1 AND u.id = t.unit_id AND a.id = t.assigned_by_unit_id
          AND (t.owner_user_id = $4 OR u.path <@ $5::ltree[] OR a.path <@ $5::ltree[])
       RETURNING t.id::int, t.status`,
      [id, status, note, actor.userId, scopes],
    );
    if (!rows[0]) throw new AppError('TASK_NOT_FOUND', { id });
    return rows[0];
  });
}
