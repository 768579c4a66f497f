import { AppError, Permission, type editNominationBody } from '@congdoan/domain';
import type { z } from 'zod';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { capWarning, checkCategory } from './nomination-checks';
import { assertVnd, nominationFor, programmeFor } from './welfare.queries';

/** Fix a draft or returned nomination (reason, category, amount) before sending it again. */
export async function editNomination(
  ctx: Ctx,
  id: number,
  input: z.output<typeof editNominationBody>,
): Promise<{ id: number; capWarning: boolean }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.WelfareWrite);
  return ctx.tx('welfare_nomination.update', async (tx) => {
    const n = await nominationFor(tx, id, scopes);
    if (n.status !== 'draft' && n.status !== 'returned') throw new AppError('WELFARE_STATUS_INVALID');
    const p = await programmeFor(tx, n.programmeId, scopeFor(actor, Permission.WelfareRead));
    assertVnd(input.amountVnd);
    checkCategory(p, input.hardshipCategory);
    const warning = await capWarning(tx, p, n, input.amountVnd, n.id);
    await tx.query(
      `UPDATE welfare_nominations SET reason = $2, hardship_category = $3, amount_vnd = $4, updated_at = now()
        WHERE id = $1`,
      [id, input.reason, input.hardshipCategory ?? null, input.amountVnd],
    );
    return { id, capWarning: warning };
  });
}
