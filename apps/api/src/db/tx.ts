import type pg from 'pg';

export type Source = 'web' | 'cli' | 'job' | 'system';

/** Who is acting, for the audit rows written in this transaction. */
export type AuditContext = {
  actorId: number | null;
  actorName: string | null;
  source: Source;
  requestId: string | null;
  action: string;
};

export type Tx = pg.PoolClient;

/**
 * Run fn in one transaction with the audit context set (transaction-local), so the audit
 * triggers record actor, source, request and action. Either all of it commits or none.
 */
export async function inTransaction<T>(pool: pg.Pool, audit: AuditContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.actor_id', $1, true), set_config('app.actor_name', $2, true),
              set_config('app.source', $3, true), set_config('app.request_id', $4, true),
              set_config('app.action', $5, true)`,
      [audit.actorId?.toString() ?? '', audit.actorName ?? '', audit.source, audit.requestId ?? '', audit.action],
    );
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Record an explicit audit event (login, export…) inside the current transaction. */
export async function auditEvent(
  tx: Tx,
  event: { action: string; entityType: string; entityId?: string | number | null; data?: Record<string, unknown> },
): Promise<void> {
  await tx.query('SELECT audit_append($1, $2, $3, NULL, NULL, $4)', [
    event.action,
    event.entityType,
    event.entityId == null ? null : String(event.entityId),
    event.data ? JSON.stringify(event.data) : null,
  ]);
}
