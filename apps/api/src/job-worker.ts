// The job process's main (see job-process.ts): the job runner and the schedules, no HTTP.
import os from 'node:os';
import path from 'node:path';
import type { Config } from './config';
import { openJobPools, cancelOwnQueries, within } from './db/pools';
import { startJobRunner } from './modules/jobs/job-runner';
import { startScheduler } from './kit/scheduler';
import { modules } from './modules/index';
import { diskFileStore } from './storage/file-store';

const AFTER_CANCEL_MS = 2000;

export async function runJobWorker(config: Config, log: (msg: string) => void): Promise<void> {
  const url = config.databaseUrl;
  if (!url) throw new Error('the job process needs DATABASE_URL from the API process');
  try {
    // Below the requests: when both want the cores, the API process gets them.
    os.setPriority(config.jobNice);
  } catch {
    log('Không hạ được mức ưu tiên CPU của tiến trình tác vụ nền (could not lower the job process priority)');
  }
  const pools = openJobPools(url, config);
  const files = diskFileStore(path.join(config.dataDir, 'files'));
  const jobs = startJobRunner({ work: pools.job, control: pools.control }, config, files);
  const schedules = startScheduler(
    pools.job,
    modules.flatMap((m) => m.schedules ?? []),
    log,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    void schedules.stop();
    const closing = Promise.all([jobs.stop(), schedules.stop()]);
    // Drain, then cancel our own statements (the job's transaction rolls back and it is queued again).
    if (!(await within(closing, config.shutdownDrainMs))) {
      await cancelOwnQueries(url).catch(() => 0);
      await within(closing, AFTER_CANCEL_MS);
    }
    await Promise.all([pools.job.end(), pools.control.end()]).catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => undefined); // Ctrl-C reaches the whole group; the API process decides.
  // The API process is gone (killed with -9): do not run on as an orphan.
  process.on('disconnect', () => void stop());
}
