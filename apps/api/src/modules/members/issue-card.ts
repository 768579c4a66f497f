import { AppError, Permission, todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { federationOf, nextCardNumber } from './card-numbers';
import { openMembership, personInScope } from './members.queries';
import { uniqueToAppError } from './person-fields';

/** Issue (or reissue, replacing the current card) a membership card numbered by the federation's scheme. */
export async function issueCard(
  ctx: Ctx,
  personId: number,
  input: { reason?: string | null | undefined; issuedOn?: string | undefined },
): Promise<{ cardNumber: string; issuedOn: string }> {
  const actor = requireActor(ctx);
  return ctx.tx('member.issue_card', async (tx) => {
    await personInScope(tx, actor, Permission.MemberWrite, personId, true);
    const membership = await openMembership(tx, personId);
    if (!membership || membership.status !== 'active')
      throw new AppError('MEMBERSHIP_STATE_CONFLICT', { status: membership?.status ?? 'none' });
    const issuedOn = input.issuedOn ?? todayVN(ctx.now());
    const fed = await federationOf(tx, membership.unitId);
    const cardNumber = await nextCardNumber(tx, fed.id, fed.code, Number(issuedOn.slice(0, 4)));
    try {
      if (membership.cardNumber)
        await tx.query('UPDATE member_cards SET replaced_on = $2 WHERE card_number = $1 AND replaced_on IS NULL', [
          membership.cardNumber,
          issuedOn,
        ]);
      await tx.query(
        `INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason) VALUES ($1, $2, $3, $4, $5)`,
        [
          membership.id,
          membership.unitId,
          cardNumber,
          issuedOn,
          input.reason ?? (membership.cardNumber ? 'reissue' : 'issue'),
        ],
      );
      await tx.query('UPDATE memberships SET card_number = $2, card_issued_on = $3, updated_at = now() WHERE id = $1', [
        membership.id,
        cardNumber,
        issuedOn,
      ]);
    } catch (error) {
      throw uniqueToAppError(error);
    }
    return { cardNumber, issuedOn };
  });
}
