import type pg from 'pg';

/**
 * The tables carrying the audit trigger (`audit_row`), read from the database: every business table, as the
 * audit-coverage test requires, minus the modules' declared exclusions. Not a list kept by hand.
 */
export async function auditedTables(db: pg.Pool): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND EXISTS (SELECT 1 FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid
                     WHERE tg.tgrelid = c.oid AND p.proname = 'audit_row')
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

const queries = new WeakMap<pg.Pool, Promise<string>>();

/**
 * One hash of every audited table's rows, plus the newest audit row: a refused call that wrote anywhere,
 * even in a way the audit trigger does not log, changes it.
 */
export async function auditedFingerprint(db: pg.Pool, on: pg.Pool | pg.PoolClient = db): Promise<string> {
  if (!queries.has(db))
    queries.set(
      db,
      auditedTables(db).then((tables) => {
        const hashes = tables.map((name) => {
          const table = `"${name.replace(/"/g, '""')}"`;
          return `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM ${table} x)`;
        });
        return `SELECT md5(concat_ws('|', ${hashes.join(', ')})) || ':' ||
                  (SELECT coalesce(max(id), 0) FROM audit_log) AS f`;
      }),
    );
  const { rows } = await on.query<{ f: string }>(await queries.get(db)!);
  return rows[0]!.f;
}
