import type { Actor } from '../../context/actor';
import { actorUserId } from '../../context/actor';
import { auditEvent, type Tx } from '../../db/tx';

/**
 * Queue a background job inside the caller's transaction, so the job exists exactly when the
 * command that asked for it commits. The runner acts as `actor` when it runs the job.
 */
export async function enqueueJob(
  tx: Tx,
  actor: Actor,
  job: { kind: string; input: Record<string, unknown>; unitId?: number | null; total?: number | null },
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    'INSERT INTO jobs (kind, input, unit_id, created_by, total) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [job.kind, JSON.stringify(job.input), job.unitId ?? null, actorUserId(actor), job.total ?? null],
  );
  const id = rows[0]!.id;
  await auditEvent(tx, {
    action: 'job.enqueue',
    entityType: 'jobs',
    entityId: id,
    data: { kind: job.kind, input: job.input },
  });
  return id;
}
