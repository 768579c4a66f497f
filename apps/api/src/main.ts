// Start: config → database (embedded or server) → demo on first start → app → listen.
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/open';
import { buildApp } from './app';
import { loadDemoOnFirstStart } from './first-start';
import { startJobRunner } from './modules/jobs/job-runner';
import { startScheduler } from './kit/scheduler';
import { modules } from './modules/index';
import { diskFileStore } from './storage/file-store';
import { shutdown } from './shutdown';
import { JOB_PROCESS_ROLE, startJobProcess } from './job-process';
import { runJobWorker } from './job-worker';
import path from 'node:path';

// Above the drain, the cancel and closing the pools: if those ever hang, exit anyway.
const HARD_STOP_EXTRA_MS = 10_000;

async function main() {
  const config = loadConfig();
  const log = (msg: string) => console.log(msg);
  const db = await openDatabase(config, log);
  // Background work (demo load, timers, jobs) uses the job pools: long timeouts, never the requests' pool.
  await loadDemoOnFirstStart(db.jobPool, config.publicUrl, log);
  const files = diskFileStore(path.join(config.dataDir, 'files'));
  const app = await buildApp({ config, pool: db.pool, dbMode: db.mode, files });
  // Jobs and the one scheduler of every schedule the modules declare (due reorganisations, reminders, the audit
  // sealer): in a child process by default (job-process.ts), here with JOBS=inline, elsewhere with JOBS=off.
  const idle = { stop: async () => undefined };
  const inline = config.jobs === 'inline';
  const jobs =
    config.jobs === 'process'
      ? startJobProcess(db.url, config, log)
      : inline
        ? startJobRunner({ work: db.jobPool, control: db.controlPool }, config, files)
        : idle;
  const schedules = inline
    ? startScheduler(
        db.jobPool,
        modules.flatMap((m) => m.schedules ?? []),
        log,
      )
    : idle;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`Nhận ${signal}, đang dừng… (stopping)`);
    setTimeout(() => process.exit(1), config.shutdownDrainMs + HARD_STOP_EXTRA_MS).unref();
    await shutdown({ app, db, jobs, timers: [schedules], drainMs: config.shutdownDrainMs, log });
    log('Đã dừng (stopped)');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await db.close();
    throw error;
  }
  if (config.secureCookies && config.trustProxy === false) {
    // Behind a TLS proxy without TRUST_PROXY every user has the proxy's address and shares one per-IP login limit.
    log('Chú ý: PUBLIC_URL là https nhưng TRUST_PROXY chưa đặt; nếu chạy sau proxy, đặt TRUST_PROXY=1 (README).');
  }
  log(
    `Công Đoàn Số đang chạy tại ${config.publicUrl} (cơ sở dữ liệu: ${db.mode === 'embedded' ? 'nhúng' : 'máy chủ'})`,
  );
}

const role = process.env.CONGDOAN_ROLE === JOB_PROCESS_ROLE ? 'jobs' : 'api';
const start = role === 'jobs' ? () => runJobWorker(loadConfig(), (msg) => console.log(msg)) : main;

start().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Cổng đã được dùng (port in use). Đặt PORT khác. ${error.message}`);
  } else console.error('Không khởi động được (startup failed):', error);
  process.exit(1);
});
