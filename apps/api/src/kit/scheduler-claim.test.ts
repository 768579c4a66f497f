import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';
import { startScheduler, type Schedule } from './scheduler';

// A claimed schedule runs once per period for the installation: two API processes starting together, or a
// restart within the period, do not run it again (the dashboards' snapshots are minutes of database work).
const t = useTestApp();
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('a claimed schedule', () => {
  it('runs in one process of two, not again after a restart within the period, again once the period passed', async () => {
    let runs = 0;
    const s: Schedule = {
      name: 'test.claimed',
      claimed: true,
      firstAfterMs: 0,
      everyMs: 60 * 60_000,
      run: async () => void runs++,
    };
    const first = [startScheduler(t.db.pool, [s], () => {}), startScheduler(t.db.pool, [s], () => {})];
    await settle();
    await Promise.all(first.map((x) => x.stop()));
    expect(runs).toBe(1);
    const restarted = startScheduler(t.db.pool, [s], () => {});
    await settle();
    await restarted.stop();
    expect(runs).toBe(1);
    // The last run was a period ago: the next start runs it.
    await t.db.pool.query(`UPDATE schedule_runs SET claimed_at = now() - interval '1 hour' WHERE name = $1`, [s.name]);
    const later = startScheduler(t.db.pool, [s], () => {});
    await settle();
    await later.stop();
    expect(runs).toBe(2);
  });

  it('gives its claim back when the run fails, so the next turn tries again', async () => {
    let runs = 0;
    const log: string[] = [];
    const s: Schedule = {
      name: 'test.claimed-flaky',
      claimed: true,
      firstAfterMs: 0,
      everyMs: 60 * 60_000,
      run: async () => {
        if (++runs === 1) throw new Error('database away');
      },
    };
    const one = startScheduler(t.db.pool, [s], (m) => log.push(m));
    await settle();
    await one.stop();
    const two = startScheduler(t.db.pool, [s], (m) => log.push(m));
    await settle();
    await two.stop();
    expect(runs).toBe(2);
    expect(log).toEqual(['test.claimed-flaky failed: Error: database away']);
  });
});
