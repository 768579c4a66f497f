import { AppError, Permission, type CreateTransferRequestInput, type TransferRequest } from '@congdoan/domain';
import { actorUserId, pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { grassrootsUnitInScope, limitError, spendChecks } from '../members';
import { oneRequest } from './transfer-requests.queries';

type Holder = { personId: number; unitId: number; unitPath: string };

/**
 * By hand, after MEMBER_ELSEWHERE at admission: ask the union holding the person with this CCCD to
 * transfer them to the official's union. The CCCD is looked up country-wide, so it is a counted,
 * audited existence check (recorded even when the request is then refused), and every failure answers
 * the same TRANSFER_REQUEST_NOT_POSSIBLE, naming no person and no union.
 */
export async function createTransferRequest(ctx: Ctx, input: CreateTransferRequestInput): Promise<TransferRequest> {
  const actor = requireActor(ctx);
  const unit = await grassrootsUnitInScope(ctx.pool, actor, Permission.MemberWrite, input.toUnitId);
  const holder = await ctx.tx('member.existence_check', async (tx) => {
    const { rows } = await tx.query<Holder>(
      `SELECT p.id::int AS "personId", m.unit_id::int AS "unitId", u.path::text AS "unitPath"
         FROM persons p JOIN memberships m ON m.person_id = p.id AND m.status IN ('active', 'in_transit')
         JOIN org_units u ON u.id = m.unit_id
        WHERE p.cccd = $1 AND p.merged_into_id IS NULL`,
      [input.cccd],
    );
    const found = rows[0];
    const outside = !found || !pathInScope(found.unitPath, scopeFor(actor, Permission.PersonalDataRead));
    const spent = await spendChecks(tx, actor, {
      kind: 'admission',
      unitId: unit.id,
      numbers: outside ? 1 : 0,
      foundElsewhere: outside && found ? 1 : 0,
    });
    return spent.allowed ? found : limitError(spent.minutes);
  });
  if (holder instanceof AppError) throw holder;
  if (!holder || holder.unitId === unit.id) throw new AppError('TRANSFER_REQUEST_NOT_POSSIBLE', { field: 'cccd' });
  return ctx.tx('transfer_request.create', async (tx) => {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO transfer_requests (person_id, unit_id, to_unit_id, requested_name, reason, requested_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (person_id, to_unit_id) WHERE status = 'pending' DO NOTHING RETURNING id::int`,
      [holder.personId, holder.unitId, unit.id, input.requestedName, input.reason ?? null, actorUserId(actor)],
    );
    if (!rows[0]) throw new AppError('TRANSFER_REQUEST_EXISTS');
    return oneRequest(tx, actor, rows[0].id);
  });
}
