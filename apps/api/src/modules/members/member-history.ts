import { Permission, type AuditEntry } from '@congdoan/domain';
import { hasPermissionAnywhere } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectAudit } from '../audit';
import { personInScope } from './members.queries';

/** The audit history of a member's record: the person, their memberships, transfers and cards. */
export async function memberHistory(ctx: Ctx, personId: number): Promise<{ items: AuditEntry[]; total: number }> {
  const actor = requireActor(ctx);
  await personInScope(ctx.pool, actor, Permission.MemberRead, personId);
  const { rows } = await ctx.pool.query<{ m: string[]; t: string[]; c: string[] }>(
    `SELECT coalesce(array_agg(DISTINCT m.id::text), '{}') AS m,
            coalesce((SELECT array_agg(id::text) FROM member_transfers WHERE person_id = $1), '{}') AS t,
            coalesce((SELECT array_agg(c.id::text) FROM member_cards c JOIN memberships x ON x.id = c.membership_id
                       WHERE x.person_id = $1), '{}') AS c
       FROM memberships m WHERE m.person_id = $1`,
    [personId],
  );
  const ids = rows[0]!;
  const items = await selectAudit(
    ctx.pool,
    `(a.entity_type = 'persons' AND a.entity_id = $1) OR (a.entity_type = 'memberships' AND a.entity_id = ANY($2))
     OR (a.entity_type = 'member_transfers' AND a.entity_id = ANY($3))
     OR (a.entity_type = 'member_cards' AND a.entity_id = ANY($4))`,
    [String(personId), ids.m, ids.t, ids.c],
    hasPermissionAnywhere(actor, Permission.AuditRead),
    'ORDER BY a.id DESC LIMIT 500',
  );
  return { items, total: items.length };
}
