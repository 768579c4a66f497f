import type { ExportMembersInput } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../http/context';
import { enqueueJob } from '../../jobs/enqueue-job';

/**
 * Queue an export of the filtered member list. The request (who, which filter) is audited with the
 * job; the job records the row count when it finishes.
 */
export async function exportMembers(ctx: Ctx, input: ExportMembersInput): Promise<{ jobId: number }> {
  const actor = requireActor(ctx);
  const jobId = await ctx.tx('member.export', (tx) =>
    enqueueJob(tx, actor, {
      kind: 'member.export',
      input: { format: input.format, filter: input.filter },
      unitId: input.filter.unit ?? null,
    }),
  );
  return { jobId };
}
