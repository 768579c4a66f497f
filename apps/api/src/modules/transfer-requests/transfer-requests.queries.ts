import type pg from 'pg';
import { AppError, Permission, type TransferRequest } from '@congdoan/domain';
import { pathInScope, scopeFor, type Actor } from '../../context/actor';
import type { Tx } from '../../db/tx';

type Db = pg.Pool | pg.PoolClient;
type Row = Omit<TransferRequest, 'canDecide' | 'canCancel'> & { fromPath: string; toPath: string };

/**
 * Requests (`q`) as the caller may see them. The holding union sees the person; the requesting union sees
 * its own words (requestedName) and the status, and the person and the holding union only once accepted:
 * before that, like MEMBER_ELSEWHERE, nothing tells it who holds the record.
 */
export async function selectTransferRequests(
  db: Db,
  actor: Actor,
  where: string,
  params: unknown[],
  tail = 'ORDER BY q.id DESC',
): Promise<TransferRequest[]> {
  const { rows } = await db.query<Row>(
    `SELECT q.id::int AS id, q.person_id::int AS "personId", p.full_name AS "fullName",
            q.requested_name AS "requestedName",
            json_build_object('id', f.id, 'code', f.code, 'name', f.name) AS "fromUnit", f.path::text AS "fromPath",
            json_build_object('id', d.id, 'code', d.code, 'name', d.name) AS "toUnit", d.path::text AS "toPath",
            q.status, q.reason, q.import_id::int AS "importId", q.import_row_no AS "importRowNo",
            to_char(q.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
            to_char(q.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "decidedAt",
            q.decision_reason AS "decisionReason"
       FROM transfer_requests q JOIN persons p ON p.id = q.person_id
       JOIN org_units f ON f.id = q.unit_id JOIN org_units d ON d.id = q.to_unit_id
      WHERE ${where} ${tail}`,
    params,
  );
  const read = scopeFor(actor, Permission.MemberRead);
  const write = scopeFor(actor, Permission.MemberWrite);
  return rows.map(({ fromPath, toPath, ...r }) => {
    const holding = pathInScope(fromPath, read);
    const visible = holding || r.status === 'accepted';
    return {
      ...r,
      personId: visible ? r.personId : null,
      fullName: visible ? r.fullName : null,
      fromUnit: visible ? r.fromUnit : null,
      canDecide: r.status === 'pending' && pathInScope(fromPath, write),
      canCancel: r.status === 'pending' && pathInScope(toPath, write),
    };
  });
}

export type Locked = { id: number; personId: number; unitId: number; toUnitId: number; requestedBy: number | null };

/**
 * A pending request, locked, whose `side` (the holding union, or the requesting one) is in the actor's
 * member.write scope; else TRANSFER_REQUEST_NOT_FOUND (a third union learns nothing). A request already
 * handled answers TRANSFER_REQUEST_DECIDED to those who may see it.
 */
export async function lockRequest(tx: Tx, actor: Actor, id: number, side: 'holding' | 'requesting'): Promise<Locked> {
  const unit = side === 'holding' ? 'q.unit_id' : 'q.to_unit_id';
  const { rows } = await tx.query<Locked & { status: string }>(
    `SELECT q.id::int AS id, q.person_id::int AS "personId", q.unit_id::int AS "unitId",
            q.to_unit_id::int AS "toUnitId", q.requested_by::int AS "requestedBy", q.status
       FROM transfer_requests q JOIN org_units u ON u.id = ${unit}
      WHERE q.id = $1 AND u.path <@ $2::ltree[] FOR UPDATE OF q`,
    [id, scopeFor(actor, Permission.MemberWrite)],
  );
  const row = rows[0];
  if (!row) throw new AppError('TRANSFER_REQUEST_NOT_FOUND', { id });
  if (row.status !== 'pending') throw new AppError('TRANSFER_REQUEST_DECIDED', { status: row.status });
  return row;
}

/** The request after a change, as the actor sees it. */
export async function oneRequest(tx: Tx, actor: Actor, id: number): Promise<TransferRequest> {
  return (await selectTransferRequests(tx, actor, 'q.id = $1', [id]))[0]!;
}
