import { AppError, Permission, todayVN, type handoutBody } from '@congdoan/domain';
import type { z } from 'zod';
import { scopeFor, type Actor } from '../../context/actor';
import type { Tx } from '../../db/tx';
import { drawOn } from './spending.queries';
import { assertVnd, type NominationState } from './welfare.queries';

export type HandoutInput = z.output<typeof handoutBody>;

/**
 * Checks shared by recording and editing a hand-out: whole VND, a date not in the future, a voucher code for
 * e-vouchers, an event the official can see, and room in the unit's budget and a funding source.
 * Returns the amount and the source it draws on.
 */
export async function checkHandout(
  tx: Tx,
  actor: Actor,
  now: Date,
  n: NominationState,
  input: HandoutInput,
  exceptHandoutId: number | null,
): Promise<{ amount: number; fundingId: number | null }> {
  const amount = input.amountVnd ?? n.amountVnd;
  assertVnd(amount);
  if (input.handedOn > todayVN(now)) throw new AppError('WELFARE_HANDOUT_DATE_INVALID');
  if (input.method === 'voucher' && !input.voucherCode?.trim()) throw new AppError('WELFARE_VOUCHER_CODE_REQUIRED');
  if (input.eventId) {
    const { rows } = await tx.query(
      `SELECT 1 FROM events e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1 AND u.path <@ $2::ltree[]`,
      [input.eventId, scopeFor(actor, Permission.WelfareRead)],
    );
    if (!rows[0]) throw new AppError('WELFARE_EVENT_NOT_FOUND', { id: input.eventId });
  }
  const fundingId = await drawOn(tx, n, amount, input.fundingId, exceptHandoutId);
  return { amount, fundingId };
}
