import type pg from 'pg';

/** A recurring task a module declares; the one scheduler in main.ts runs them all. */
export type Schedule = {
  name: string;
  everyMs: number;
  /** Delay before the first run (0 = at start). */
  firstAfterMs: number;
  /**
   * Run once per period for the whole installation, not once per process start: each turn first claims the
   * schedule in schedule_runs (migration 0046) and skips when another process, or this one before a restart,
   * ran it less than a period ago. For heavy work (the dashboards' snapshots): a restart or a second API
   * process must not recompute millions of figures beside the officials' work.
   */
  claimed?: boolean;
  /** Returns a line worth logging, or nothing. Errors are logged, never thrown into the process. */
  run: (pool: pg.Pool) => Promise<string | void>;
};

/**
 * Runs every schedule on its own timer. A run still going when its next turn comes is not started twice,
 * and stop() waits for runs in progress, so the pool is never closed under one.
 */
export function startScheduler(
  pool: pg.Pool,
  schedules: readonly Schedule[],
  log: (msg: string) => void,
): { stop: () => Promise<void> } {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  const fire = (s: Schedule) => {
    if (stopped || running.has(s.name)) return;
    const run = (s.claimed ? claim(pool, s) : Promise.resolve(true))
      .then(async (mine) => {
        if (!mine) return;
        const line = await s.run(pool).catch(async (error: unknown) => {
          // A failed run gives its claim back, so the next turn tries again.
          if (s.claimed) await pool.query('DELETE FROM schedule_runs WHERE name = $1', [s.name]);
          throw error;
        });
        if (line) log(line);
      })
      .catch((error: unknown) => log(`${s.name} failed: ${String(error)}`))
      .finally(() => running.delete(s.name));
    running.set(s.name, run);
  };
  for (const s of schedules) {
    const first = setTimeout(() => {
      fire(s);
      const every = setInterval(() => fire(s), s.everyMs);
      every.unref();
      timers.push(every);
    }, s.firstAfterMs);
    first.unref();
    timers.push(first);
  }
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running.values());
    },
  };
}

/** True when this turn is ours: nobody ran the schedule in the last period (a tenth of it spared for drift). */
async function claim(pool: pg.Pool, s: Schedule): Promise<boolean> {
  const { rows } = await pool.query(
    `INSERT INTO schedule_runs (name, claimed_at) VALUES ($1, now())
     ON CONFLICT (name) DO UPDATE SET claimed_at = now()
      WHERE schedule_runs.claimed_at < now() - make_interval(secs => $2::float8 / 1000)
     RETURNING name`,
    [s.name, s.everyMs * 0.9],
  );
  return rows.length > 0;
}
