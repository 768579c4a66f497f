import { AppError, Permission, type ExportMembersInput } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { enqueueJob } from '../../jobs';

/**
 * Queue an export of the filtered member list. The request (who, which filter) is audited with the
 * job; the job records the row count when it finishes.
 */
export async function exportMembers(ctx: Ctx, input: ExportMembersInput): Promise<{ jobId: number }> {
  const actor = requireActor(ctx);
  if (input.filter.unit) {
    // A unit outside the actor's reading scope is "not found", as for the list.
    const { rowCount } = await ctx.pool.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      input.filter.unit,
      scopeFor(actor, Permission.MemberRead),
    ]);
    if (!rowCount) throw new AppError('UNIT_NOT_FOUND', { id: input.filter.unit });
  }
  const jobId = await ctx.tx('member.export', (tx) =>
    enqueueJob(tx, actor, {
      kind: 'member.export',
      input: { format: input.format, filter: input.filter },
      unitId: input.filter.unit ?? null,
    }),
  );
  return { jobId };
}
