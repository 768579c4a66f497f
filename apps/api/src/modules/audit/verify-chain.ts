import type pg from 'pg';

/**
 * hash: the row's content (or its seal) was edited; link: a seal was removed or moved (its predecessor's
 * hash or number does not match); deleted: a sealed row is gone; order: seals out of (xid, id) order;
 * inserted: a row placed behind the last seal, where the sealer can never have put it.
 */
export type BrokenReason = 'hash' | 'link' | 'deleted' | 'order' | 'inserted';

export type ChainReport = {
  /** sealed rows checked */
  rows: number;
  /** rows written after the last seal (or by a transaction still open): not tamper-evident yet */
  unsealed: number;
  lastSeal: { seal: number; id: number; sealedAt: Date; hash: string } | null;
  broken: { id: number; seal: number | null; reason: BrokenReason }[];
};

type Db = pg.Pool | pg.PoolClient;

// Walk the seals in order: recompute each hash (the old formula for rows chained before migration 0011,
// audit_xid = 0), check each seal names its predecessor's hash and number, and that its row still exists.
const brokenSeals = `
  SELECT id, seal, reason FROM (
    SELECT s.audit_id AS id, s.seal,
      CASE WHEN a.id IS NULL THEN 'deleted'
           WHEN a.xid <> s.audit_xid OR s.hash IS DISTINCT FROM (CASE WHEN s.audit_xid = '0'
                THEN audit_hash(s.prev_hash, a) ELSE audit_seal_hash(s.prev_hash, s.seal, a) END) THEN 'hash'
           WHEN s.prev_hash IS DISTINCT FROM s.expected_prev OR s.seal <> coalesce(s.prev_seal, 0) + 1 THEN 'link'
           WHEN (s.audit_xid, s.audit_id) <= (s.prev_xid, s.prev_id) THEN 'order'
      END AS reason
    FROM (SELECT s.*, lag(s.hash) OVER w AS expected_prev, lag(s.seal) OVER w AS prev_seal,
                 lag(s.audit_xid) OVER w AS prev_xid, lag(s.audit_id) OVER w AS prev_id
            FROM audit_seals s WINDOW w AS (ORDER BY s.seal)) s
    LEFT JOIN audit_log a ON a.id = s.audit_id) x
  WHERE reason IS NOT NULL ORDER BY seal LIMIT 1000`;

/**
 * Verify the sealed chain (one streaming pass in SQL, in one snapshot) and say how far it reaches.
 * Run `sealAuditChain` first to seal what can be sealed; rows of open transactions stay unsealed.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  if (!('release' in db)) {
    const client = await db.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return await verifyAuditChain(client);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }
  const last = await db.query<{ seal: number; id: number; xid: string; sealed_at: Date; hash: string; rows: number }>(
    `SELECT seal, audit_id AS id, audit_xid::text AS xid, sealed_at, hash,
            (SELECT count(*)::int FROM audit_seals) AS rows
       FROM audit_seals ORDER BY seal DESC LIMIT 1`,
  );
  const head = last.rows[0];
  const cursor = [head?.xid ?? '0', head?.id ?? 0];
  const seals = await db.query<{ id: number; seal: number; reason: BrokenReason }>(brokenSeals);
  const inserted = await db.query<{ id: number }>(
    `SELECT a.id FROM audit_log a WHERE (a.xid, a.id) <= ($1::xid8, $2::bigint)
        AND NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.audit_id = a.id) ORDER BY a.id LIMIT 1000`,
    cursor,
  );
  const unsealed = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_log WHERE (xid, id) > ($1::xid8, $2::bigint)',
    cursor,
  );
  return {
    rows: head?.rows ?? 0,
    unsealed: unsealed.rows[0]!.n,
    lastSeal: head ? { seal: head.seal, id: head.id, sealedAt: head.sealed_at, hash: head.hash } : null,
    broken: [...seals.rows, ...inserted.rows.map((r) => ({ id: r.id, seal: null, reason: 'inserted' as const }))],
  };
}
