import type pg from 'pg';

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

/**
 * Seal every `intervalMs` in this process (every API process runs one; the sealer lock keeps them from
 * doing the work twice). A tick is skipped while the previous one still runs. stop() waits for it.
 */
export function startAuditSealer(
  pool: pg.Pool,
  log: (msg: string) => void,
  intervalMs = 1500,
): { stop: () => Promise<void> } {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = sealAuditChain(pool)
      .catch((e: unknown) => log(`audit sealer failed: ${String(e)}`))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
