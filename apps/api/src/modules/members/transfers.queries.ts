import type pg from 'pg';
import type { TransferSummary } from '@congdoan/domain';

type Db = pg.Pool | pg.PoolClient;

/** Transfers (`t`) with person and both units. */
export async function selectTransfers(
  db: Db,
  where: string,
  params: unknown[],
  tail = 'ORDER BY t.id DESC',
): Promise<TransferSummary[]> {
  const { rows } = await db.query<TransferSummary>(
    `SELECT t.id::int AS id, t.membership_id::int AS "membershipId", t.person_id::int AS "personId",
            p.full_name AS "fullName",
            json_build_object('id', f.id, 'code', f.code, 'name', f.name) AS "fromUnit",
            json_build_object('id', d.id, 'code', d.code, 'name', d.name) AS "toUnit",
            t.status, to_char(t.requested_on, 'YYYY-MM-DD') AS "requestedOn", t.reason,
            t.decided_at AS "decidedAt", t.decision_reason AS "decisionReason"
       FROM member_transfers t JOIN persons p ON p.id = t.person_id
       JOIN org_units f ON f.id = t.unit_id JOIN org_units d ON d.id = t.to_unit_id
      WHERE ${where} ${tail}`,
    params,
  );
  return rows.map((r) => ({ ...r, decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null }));
}
