// The member import/export benchmark's server: the real app and job runner on a fresh database with
// the demo, in its own process so its peak memory (VmHWM) is the server's alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, createPool, loadConfig, runMigrations, seedDemo } from '@congdoan/api';
import { startJobRunner } from '../apps/api/src/modules/jobs/job-runner';

const baseUrl = process.env.BENCH_DATABASE_URL!;
const name = `bench_import_${process.pid}`;
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const pool = createPool(url.toString(), 10);
await runMigrations(pool);
const { password } = await seedDemo(pool, 'system');
await pool.query('UPDATE app_users SET must_change_password = false');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-bench-'));
const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
const app = await buildApp({ config, pool, dbMode: 'server', serveWeb: false, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const jobs = startJobRunner(pool, config, app.deps.files, 200);
if (process.env.BENCH_MEMORY_LOG) {
  // Where the memory is: one line per second to stderr (MB).
  const mb = (n: number) => Math.round(n / 2 ** 20);
  setInterval(() => {
    const m = process.memoryUsage();
    console.error(
      `mem rss ${mb(m.rss)} heapTotal ${mb(m.heapTotal)} heapUsed ${mb(m.heapUsed)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}`,
    );
  }, 1000).unref();
}
process.send!({ appPort: (app.server.address() as { port: number }).port, password });

process.on('message', () => {
  void (async () => {
    await jobs.stop();
    await app.close();
    await pool.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  })();
});
