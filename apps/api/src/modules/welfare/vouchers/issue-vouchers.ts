import { AppError, Permission, type issueVouchersBody } from '@congdoan/domain';
import type { z } from 'zod';
import { pathInScope, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { enqueueJob } from '../../jobs';
import { programmeFor } from '../welfare.queries';

export const ISSUE_JOB = 'welfare.vouchers.issue';

/**
 * Queue the job that gives every approved beneficiary without a code one (the owner's officials only). Asking
 * again while a run is queued or running returns that run; a later run issues only the codes still missing.
 */
export async function issueVouchers(
  ctx: Ctx,
  programmeId: number,
  input: z.output<typeof issueVouchersBody>,
): Promise<{ jobId: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_voucher.issue', async (tx) => {
    // The programme row locked: two officials clicking at once get one job.
    const p = await programmeFor(tx, programmeId, scopeFor(actor, Permission.WelfareRead), true);
    if (!pathInScope(p.ownerPath, scopeFor(actor, Permission.WelfareWrite))) throw new AppError('VOUCHER_NOT_OWNER');
    if (p.kind !== 'tet_market_voucher') throw new AppError('VOUCHER_PROGRAMME_KIND');
    const { rows } = await tx.query<{ from: string | null; to: string | null }>(
      'SELECT handout_from::text AS from, handout_to::text AS to FROM welfare_programmes WHERE id = $1',
      [programmeId],
    );
    const validFrom = input.validFrom ?? rows[0]!.from;
    const validTo = input.validTo ?? rows[0]!.to;
    if (!validFrom || !validTo) throw new AppError('VOUCHER_VALIDITY_REQUIRED');
    if (validTo < validFrom) throw new AppError('WELFARE_PERIOD_INVALID');
    const running = await tx.query<{ id: number }>(
      `SELECT id FROM jobs WHERE kind = $1 AND status IN ('queued', 'running') AND input ->> 'programmeId' = $2
        ORDER BY id LIMIT 1`,
      [ISSUE_JOB, String(programmeId)],
    );
    if (running.rows[0]) return { jobId: running.rows[0].id };
    const jobId = await enqueueJob(tx, actor, {
      kind: ISSUE_JOB,
      input: { programmeId, validFrom, validTo },
      unitId: p.unitId,
    });
    return { jobId };
  });
}
