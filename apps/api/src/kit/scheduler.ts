import type pg from 'pg';

/** A recurring task a module declares; the one scheduler in main.ts runs them all. */
export type Schedule = {
  name: string;
  everyMs: number;
  /** Delay before the first run (0 = at start). */
  firstAfterMs: number;
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
    const run = s
      .run(pool)
      .then((line) => {
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
