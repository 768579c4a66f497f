import type pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, type Schedule } from './scheduler';

const pool = {} as pg.Pool;

afterEach(() => vi.useRealTimers());

describe('the one scheduler', () => {
  it('runs each schedule first after its delay, then every period, and logs what a run says', async () => {
    vi.useFakeTimers();
    const log: string[] = [];
    let runs = 0;
    const s: Schedule = { name: 'x', firstAfterMs: 1000, everyMs: 5000, run: async () => `run ${++runs}` };
    const scheduler = startScheduler(pool, [s], (m) => log.push(m));
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(3);
    expect(log).toEqual(['run 1', 'run 2', 'run 3']);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(3);
  });

  it('never starts a schedule again while its last run is still going, and stop() waits for it', async () => {
    vi.useFakeTimers();
    let started = 0;
    let finish = () => {};
    const s: Schedule = {
      name: 'slow',
      firstAfterMs: 0,
      everyMs: 100,
      run: () => {
        started++;
        return new Promise<void>((resolve) => (finish = resolve));
      },
    };
    const scheduler = startScheduler(pool, [s], () => {});
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(1);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });

  it('logs a failed run instead of throwing, and keeps the schedule going', async () => {
    vi.useFakeTimers();
    const log: string[] = [];
    let runs = 0;
    const s: Schedule = {
      name: 'flaky',
      firstAfterMs: 0,
      everyMs: 100,
      run: async () => {
        if (++runs === 1) throw new Error('database away');
      },
    };
    const scheduler = startScheduler(pool, [s], (m) => log.push(m));
    await vi.advanceTimersByTimeAsync(150);
    expect(log).toEqual(['flaky failed: Error: database away']);
    expect(runs).toBe(2);
    await scheduler.stop();
  });
});
