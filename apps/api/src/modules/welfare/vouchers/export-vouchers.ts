import { AppError, Permission, type exportVouchersBody } from '@congdoan/domain';
import type { z } from 'zod';
import { pathInScope, scopeFor, type Actor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import type { Tx } from '../../../db/tx';
import { enqueueJob } from '../../jobs';
import { programmeFor, unitInScope } from '../welfare.queries';

export const EXPORT_JOB = 'welfare.vouchers.export';

/**
 * The file is the codes with their phone numbers, i.e. everything a shop needs to redeem them: only officials with
 * personal data access on the whole unit may make it. Checked when queued and again when the job runs.
 */
export async function assertMayExport(tx: Pick<Tx, 'query'>, actor: Actor, programmeId: number, unitId: number) {
  await programmeFor(tx, programmeId, scopeFor(actor, Permission.WelfareRead));
  const unit = await unitInScope(tx, unitId, scopeFor(actor, Permission.WelfareRead));
  if (!pathInScope(unit.path, scopeFor(actor, Permission.PersonalDataRead))) {
    throw new AppError('VOUCHER_EXPORT_FORBIDDEN');
  }
  return unit;
}

/** Queue the export of a province's (or any unit's) beneficiaries and codes, .xlsx for people or .csv for systems. */
export async function exportVouchers(
  ctx: Ctx,
  programmeId: number,
  input: z.output<typeof exportVouchersBody>,
): Promise<{ jobId: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_voucher.export', async (tx) => {
    await assertMayExport(tx, actor, programmeId, input.unitId);
    const jobId = await enqueueJob(tx, actor, {
      kind: EXPORT_JOB,
      input: { programmeId, unitId: input.unitId, format: input.format },
      unitId: input.unitId,
    });
    return { jobId };
  });
}
