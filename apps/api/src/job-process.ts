// The job process: background jobs and the schedules run in a child of the API process, at a lower CPU
// priority (issue 12). An import's parsing and validation of 100,000 rows, its commit and the audit sealer then
// never hold the event loop that answers requests, and on a busy machine the requests get the cores first.
import { fork, type ChildProcess } from 'node:child_process';
import type { Config } from './config';

/** Set in the child's environment; main.ts reads it to run the job worker instead of the API. */
export const JOB_PROCESS_ROLE = 'jobs';

type Stoppable = { stop: () => Promise<void> };

const RESTART_MS = [1000, 2000, 5000, 10_000, 30_000];

/**
 * Start the job process and keep it running: if it dies (a crash, the OOM killer), it is started again after a
 * growing pause; a job it was running is picked up again once its heartbeat is stale. `stop()` sends SIGTERM and
 * resolves when it has exited (it drains and cancels on its own, within its drain bound).
 */
export function startJobProcess(databaseUrl: string, config: Config, log: (msg: string) => void): Stoppable {
  let child: ChildProcess | null = null;
  let stopping = false;
  let crashes = 0;
  let restartTimer: NodeJS.Timeout | undefined;

  const spawnChild = () => {
    const started = Date.now();
    // Same entry file and flags as this process (the bundle under `npm start`, tsx under `npm run dev`).
    child = fork(process.argv[1]!, process.argv.slice(2), {
      env: { ...process.env, CONGDOAN_ROLE: JOB_PROCESS_ROLE, DATABASE_URL: databaseUrl },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => {
      child = null;
      if (stopping) return;
      // A process that ran a good while before dying starts again at once; one that keeps dying backs off.
      crashes = Date.now() - started > 60_000 ? 0 : crashes + 1;
      const wait = RESTART_MS[Math.min(crashes, RESTART_MS.length - 1)]!;
      log(`Tiến trình tác vụ nền đã dừng (${signal ?? code}); khởi động lại sau ${wait} ms (job process restarts)`);
      restartTimer = setTimeout(spawnChild, wait);
    });
  };
  spawnChild();

  return {
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      const c = child;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
      c.kill('SIGTERM');
      await exited;
    },
  };
}
