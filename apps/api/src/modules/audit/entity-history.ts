import { Permission, type AuditEntry } from '@congdoan/domain';
import { hasPermissionAnywhere } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { getUnit } from '../org-units';
import { findManagedUser } from '../users';
import { selectAudit } from './audit.queries';

/** The change history of one record, for anyone who may see the record; values only for auditors. */
export async function entityHistory(
  ctx: Ctx,
  q: { entityType: 'org_units' | 'app_users'; entityId: string },
): Promise<{ items: AuditEntry[]; total: number }> {
  const actor = requireActor(ctx);
  const id = Number(q.entityId);
  if (q.entityType === 'org_units') await getUnit(ctx, id);
  else await findManagedUser(ctx, actor, id);
  const items = await selectAudit(
    ctx.pool,
    'a.entity_type = $1 AND a.entity_id = $2',
    [q.entityType, String(id)],
    hasPermissionAnywhere(actor, Permission.AuditRead),
    'ORDER BY a.id DESC LIMIT 500',
  );
  return { items, total: items.length };
}
