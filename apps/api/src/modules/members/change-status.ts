import { AppError, Permission } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { openMembership, personInScope } from './members.queries';
import { uniqueToAppError } from './person-fields';

export type Ending = 'left' | 'removed' | 'deceased';

/** End the active membership: leave (ra khỏi tổ chức), remove (xóa tên) or deceased, dated, with a reason. */
export async function endMembership(
  ctx: Ctx,
  personId: number,
  status: Ending,
  input: { on: string; reason: string },
): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return ctx.tx(`member.${status === 'left' ? 'leave' : status === 'removed' ? 'remove' : 'deceased'}`, async (tx) => {
    await personInScope(tx, actor, Permission.MemberWrite, personId, true);
    const membership = await openMembership(tx, personId);
    if (!membership || membership.status !== 'active')
      throw new AppError('MEMBERSHIP_STATE_CONFLICT', { status: membership?.status ?? 'none' });
    await tx.query(
      `UPDATE memberships SET status = $2, status_on = $3, status_reason = $4, updated_at = now() WHERE id = $1`,
      [membership.id, status, input.on, input.reason],
    );
    return { ok: true as const };
  });
}

/**
 * Reinstate someone who left or was removed: a new membership in the same grassroots union
 * (the ended one stays in the history), carrying the card number.
 */
export async function reinstateMember(
  ctx: Ctx,
  personId: number,
  input: { on: string; reason?: string | null | undefined },
): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return ctx.tx('member.reinstate', async (tx) => {
    await personInScope(tx, actor, Permission.MemberWrite, personId, true);
    const { rows } = await tx.query<{ id: number; unitId: number; status: string; cardNumber: string | null }>(
      `SELECT m.id, m.unit_id AS "unitId", m.status, m.card_number AS "cardNumber"
         FROM persons p JOIN memberships m ON m.id = p.membership_id WHERE p.id = $1`,
      [personId],
    );
    const last = rows[0];
    if (!last || !['left', 'removed'].includes(last.status))
      throw new AppError('MEMBERSHIP_STATE_CONFLICT', { status: last?.status ?? 'none' });
    try {
      await tx.query(
        `INSERT INTO memberships (person_id, unit_id, admitted_on, admission_kind, previous_membership_id, card_number,
                                  card_issued_on, status_reason)
         SELECT person_id, unit_id, $2, 'reinstatement', id, card_number, card_issued_on, $3 FROM memberships WHERE id = $1`,
        [last.id, input.on, input.reason ?? null],
      );
    } catch (error) {
      throw uniqueToAppError(error);
    }
    return { ok: true as const };
  });
}
