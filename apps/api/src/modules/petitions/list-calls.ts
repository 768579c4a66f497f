import { AppError, Permission, type CallTarget, type PetitionCall } from '@congdoan/domain';
import { scopeFor, type Actor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { sqlIso } from '../../kit/dates';

const callColumns = `c.id, c.unit_id AS "unitId", u.name AS "unitName", c.title, c.description,
  ${sqlIso('c.deadline')} AS deadline, c.deadline > now() AS open, c.dialogue_id AS "dialogueId",
  (SELECT count(*) FROM petition_call_targets t WHERE t.call_id = c.id AND t.submitted_at IS NOT NULL)::int AS "submittedCount",
  (SELECT count(*) FROM petition_call_targets t WHERE t.call_id = c.id)::int AS "targetCount",
  (SELECT count(*) FROM petition_call_targets t WHERE t.call_id = c.id AND t.submitted_at IS NULL AND c.deadline < now())::int
    AS "lateCount",
  ${sqlIso('c.created_at')} AS "createdAt"`;

/** The call is visible to its calling unit's subtree and to the units it was sent to. */
const visibleCall = `(u.path <@ $1::ltree[] OR EXISTS (SELECT 1 FROM petition_call_targets t JOIN org_units tu ON tu.id = t.unit_id
                     WHERE t.call_id = c.id AND tu.path <@ $1::ltree[]))`;

export async function listCalls(ctx: Ctx) {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionRead);
  const { rows } = await ctx.pool.query<PetitionCall>(
    `SELECT ${callColumns} FROM petition_calls c JOIN org_units u ON u.id = c.unit_id WHERE ${visibleCall}
      ORDER BY c.deadline DESC, c.id DESC LIMIT 500`,
    [scopes],
  );
  return { items: rows };
}

/** A call with each target's state: submitted, none, pending (before the deadline) or late. */
export async function getCall(ctx: Ctx, id: number) {
  const actor: Actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.PetitionRead);
  const { rows } = await ctx.pool.query<PetitionCall & { unitPath: string }>(
    `SELECT ${callColumns}, u.path::text AS "unitPath" FROM petition_calls c JOIN org_units u ON u.id = c.unit_id
      WHERE c.id = $2 AND ${visibleCall}`,
    [scopes, id],
  );
  const call = rows[0];
  if (!call) throw new AppError('PETITION_CALL_NOT_FOUND', { id });
  const writeScopes = scopeFor(actor, Permission.PetitionWrite);
  const canManage = writeScopes.some((s) => call.unitPath === s || call.unitPath.startsWith(s + '.'));
  const callerSees = scopes.some((s) => call.unitPath === s || call.unitPath.startsWith(s + '.'));
  // A target unit sees its own row only; the caller sees every unit it asked.
  const { rows: targets } = await ctx.pool.query<CallTarget>(
    `SELECT t.unit_id AS "unitId", tu.name AS "unitName",
            CASE WHEN t.submitted_at IS NOT NULL AND t.submitted_none THEN 'none'
                 WHEN t.submitted_at IS NOT NULL THEN 'submitted'
                 WHEN c.deadline < now() THEN 'late' ELSE 'pending' END AS state,
            ${sqlIso('t.submitted_at')} AS "submittedAt",
            (SELECT count(*) FROM petitions p WHERE p.call_id = c.id AND p.origin_unit_id = t.unit_id)::int AS "petitionCount"
       FROM petition_call_targets t JOIN petition_calls c ON c.id = t.call_id JOIN org_units tu ON tu.id = t.unit_id
      WHERE t.call_id = $1 AND ($2 OR tu.path <@ $3::ltree[]) ORDER BY tu.name`,
    [id, callerSees, scopes],
  );
  const { unitPath: _p, ...rest } = call;
  return { ...rest, targets, canManage };
}
