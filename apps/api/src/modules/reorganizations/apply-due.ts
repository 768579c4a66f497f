import type pg from 'pg';
import type { Schedule } from '../../kit/scheduler';
import { type ReorgChange, todayVN } from '@congdoan/domain';
import { inTransaction } from '../../db/tx';
import { applyRename, ReorgEngine } from './reorg-engine';

/**
 * Future-dated reorganisations are stored at once (history rows dated in the future, closing dates
 * set) and their effect on the *current* tree is applied here when the date arrives: the server runs
 * this at start and every hour. Each due reorganisation is its own audited transaction.
 */
export async function applyDueReorganizations(pool: pg.Pool, now = new Date()): Promise<number> {
  const today = todayVN(now);
  const { rows } = await pool.query<{ id: number }>(
    `SELECT id FROM reorganizations WHERE status = 'scheduled' AND effective_on <= $1 ORDER BY effective_on, id`,
    [today],
  );
  for (const { id } of rows) {
    await inTransaction(
      pool,
      { actorId: null, actorName: null, source: 'system', requestId: null, action: 'reorganization.apply_due' },
      async (tx) => {
        const { rows: r } = await tx.query<{ changes: { items?: ReorgChange[] } }>(
          `SELECT changes FROM reorganizations WHERE id = $1 AND status = 'scheduled' FOR UPDATE`,
          [id],
        );
        if (!r[0]) return;
        const engine = new ReorgEngine(tx, today, today, id, ['']);
        for (const c of r[0].changes.items ?? []) {
          if (c.type === 'move') await engine.syncCurrent(c.unitId);
          if (c.type === 'rename' && c.after)
            await applyRename(tx, c.unitId, c.after as Parameters<typeof applyRename>[2]);
          if (c.type === 'close' && c.toParentId)
            await tx.query('SELECT org_transfer_members($1, $2)', [c.unitId, c.toParentId]);
        }
        await tx.query(`UPDATE reorganizations SET status = 'applied', applied_at = now() WHERE id = $1`, [id]);
      },
    );
  }
  return rows.length;
}

/** Declared by module.ts: at start and then every hour. */
export const applyDueSchedule: Schedule = {
  name: 'reorganizations.apply_due',
  firstAfterMs: 0,
  everyMs: 60 * 60_000,
  run: async (pool) => {
    const n = await applyDueReorganizations(pool);
    if (n > 0) return `Đã áp dụng ${n} đợt sắp xếp đến hạn (applied due reorganisations)`;
  },
};
