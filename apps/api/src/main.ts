// Start: config → database (embedded or server) → demo on first start → app → listen.
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/open';
import { buildApp } from './app';
import { loadDemoOnFirstStart } from './first-start';
import { startJobRunner } from './modules/jobs/job-runner';
import { startScheduler } from './kit/scheduler';
import { modules } from './modules/index';
import { diskFileStore } from './storage/file-store';
import path from 'node:path';

async function main() {
  const config = loadConfig();
  const log = (msg: string) => console.log(msg);
  const db = await openDatabase(config, log);
  await loadDemoOnFirstStart(db.pool, config.publicUrl, log);
  const files = diskFileStore(path.join(config.dataDir, 'files'));
  const app = await buildApp({ config, pool: db.pool, dbMode: db.mode, files });
  const jobs = startJobRunner(db.pool, config, files);
  // One scheduler runs every schedule the modules declare.
  const schedules = startScheduler(
    db.pool,
    modules.flatMap((m) => m.schedules ?? []),
    log,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`Nhận ${signal}, đang dừng… (stopping)`);
    await schedules.stop().catch(() => undefined);
    await app.close().catch(() => undefined);
    await jobs.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await db.close();
    throw error;
  }
  log(
    `Công Đoàn Số đang chạy tại ${config.publicUrl} (cơ sở dữ liệu: ${db.mode === 'embedded' ? 'nhúng' : 'máy chủ'})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Cổng đã được dùng (port in use). Đặt PORT khác. ${error.message}`);
  } else console.error('Không khởi động được (startup failed):', error);
  process.exit(1);
});
