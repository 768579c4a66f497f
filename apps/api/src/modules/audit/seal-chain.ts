import type pg from 'pg';
import { startScheduler, type Schedule } from '../../kit/scheduler';

/** Rows sealed per transaction: keeps each sealing transaction well under a second. */
const BATCH = 5_000;

export type SealResult = { sealed: number; busy: boolean };

/**
 * Chain every audit row whose writing transactions have all finished (`audit_seal()` in SQL), in short
 * transactions of BATCH rows. Writers never wait for it; a second sealer running at the same time
 * returns at once with busy = true instead of waiting for the first.
 */
export async function sealAuditChain(pool: pg.Pool, batch = BATCH): Promise<SealResult> {
  let sealed = 0;
  for (;;) {
    const { rows } = await pool.query<{ n: number }>('SELECT audit_seal($1) AS n', [batch]);
    const n = rows[0]!.n;
    if (n < 0) return { sealed, busy: true };
    sealed += n;
    if (n < batch) return { sealed, busy: false };
  }
}

/** Declared by module.ts: seal the audit rows committed since the last run, every 1.5 s. */
export const auditSealSchedule: Schedule = {
  name: 'audit.seal',
  firstAfterMs: 1500,
  everyMs: 1500,
  run: async (pool) => {
    await sealAuditChain(pool);
  },
};

/** The sealer alone on the shared scheduler (bench/audit-lock.ts runs it without the server). */
export function startAuditSealer(
  pool: pg.Pool,
  log: (msg: string) => void,
  intervalMs = 1500,
): { stop: () => Promise<void> } {
  return startScheduler(pool, [{ ...auditSealSchedule, firstAfterMs: intervalMs, everyMs: intervalMs }], log);
}
