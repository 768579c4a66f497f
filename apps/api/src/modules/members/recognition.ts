import { AppError, Permission } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { openMembership, personInScope } from './members.queries';

async function updateOpenMembership(ctx: Ctx, action: string, personId: number, set: string, values: unknown[]) {
  const actor = requireActor(ctx);
  return ctx.tx(action, async (tx) => {
    await personInScope(tx, actor, Permission.MemberWrite, personId, true);
    const membership = await openMembership(tx, personId);
    if (!membership) throw new AppError('MEMBERSHIP_STATE_CONFLICT', { status: 'none' });
    await tx.query(`UPDATE memberships SET ${set}, updated_at = now() WHERE id = $1`, [membership.id, ...values]);
    return { ok: true as const };
  });
}

/** Mark an outstanding member (đoàn viên ưu tú) for a year. */
export async function markOutstanding(ctx: Ctx, personId: number, input: { year: number; note?: string | null }) {
  return updateOpenMembership(
    ctx,
    'member.mark_outstanding',
    personId,
    'outstanding_year = $2, outstanding_note = $3',
    [input.year, input.note ?? null],
  );
}

/** Record the introduction of an outstanding member to the Party (giới thiệu cho Đảng). */
export async function recordPartyIntroduction(ctx: Ctx, personId: number, input: { on: string; note?: string | null }) {
  return updateOpenMembership(
    ctx,
    'member.party_introduction',
    personId,
    'party_introduced_on = $2, party_introduction_note = $3',
    [input.on, input.note ?? null],
  );
}
