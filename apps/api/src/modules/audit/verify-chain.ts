import type pg from 'pg';

export type ChainReport = { rows: number; broken: { id: number; reason: 'hash' | 'link' }[] };

/**
 * Recompute every row's hash and check each row points at its predecessor. A row edited or
 * deleted directly in SQL breaks one of the two. One pass in SQL, so it streams at any size.
 */
export async function verifyAuditChain(pool: pg.Pool): Promise<ChainReport> {
  const { rows } = await pool.query<{ id: number; reason: 'hash' | 'link' | null; total: number }>(
    `WITH chain AS (
       SELECT a.id, a.hash, a.prev_hash, audit_hash(a.prev_hash, a) AS computed,
              lag(a.hash) OVER (ORDER BY a.id) AS previous
         FROM audit_log a)
     SELECT id, CASE WHEN computed <> hash THEN 'hash' ELSE 'link' END AS reason,
            (SELECT count(*)::int FROM audit_log) AS total
       FROM chain WHERE computed <> hash OR prev_hash IS DISTINCT FROM previous
     UNION ALL SELECT NULL, NULL, (SELECT count(*)::int FROM audit_log)
     ORDER BY id NULLS LAST LIMIT 1001`,
  );
  const total = rows.at(-1)?.total ?? 0;
  const broken = rows.filter((r) => r.id !== null).map((r) => ({ id: r.id, reason: r.reason! }));
  return { rows: total, broken };
}
