// The API as production runs it: `npm start`'s compiled bundle (apps/api/dist/main.js, with its heap flag,
// its own pool sizes, job runner and timers), one or more processes on the same database. They share
// DATA_DIR, as processes behind one load balancer share a volume: any job runner may pick up an upload.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type ApiProcess = { url: string; pid: number; child: ChildProcess; log: string };
export type StopResult = { pid: number; how: 'SIGTERM' | 'SIGKILL'; seconds: number };

export function buildApi() {
  execFileSync(process.execPath, ['scripts/build-api.mjs'], { stdio: 'inherit' });
}

async function waitHealthy(url: string, child: ChildProcess, limitMs: number) {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API process exited with ${child.exitCode} before answering`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API at ${url} not healthy after ${limitMs} ms`);
}

/** Start `count` processes one after another (each migrates at start: never two at once). */
export async function startApis(dbUrl: string, count: number, basePort: number): Promise<ApiProcess[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-mixed-'));
  const out: ApiProcess[] = [];
  for (let i = 0; i < count; i++) {
    const port = basePort + i;
    const log = path.join(dataDir, `api-${i + 1}.log`);
    const fd = fs.openSync(log, 'a');
    const child = spawn(process.execPath, ['--max-old-space-size=1024', 'apps/api/dist/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
      stdio: ['ignore', fd, fd],
    });
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(url, child, 60_000);
    out.push({ url, pid: child.pid!, child, log });
  }
  return out;
}

/** SIGTERM, then SIGKILL after `graceMs`: how each process actually stopped is part of the result. */
export async function stopApis(apis: ApiProcess[], graceMs = 15_000): Promise<StopResult[]> {
  return Promise.all(
    apis.map(async (api) => {
      const t0 = Date.now();
      if (api.child.exitCode !== null) return { pid: api.pid, how: 'SIGTERM' as const, seconds: 0 };
      const exited = new Promise<void>((r) => api.child.once('exit', () => r()));
      api.child.kill('SIGTERM');
      const inTime = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(r, graceMs, false))]);
      if (!inTime) {
        api.child.kill('SIGKILL');
        await exited;
      }
      return {
        pid: api.pid,
        how: inTime ? ('SIGTERM' as const) : ('SIGKILL' as const),
        seconds: (Date.now() - t0) / 1000,
      };
    }),
  );
}

export type DemoApi = { api: ApiProcess; password: string; dbUrl: string; stop: () => Promise<StopResult[]> };

/**
 * One API process (as `npm start` runs it) on a fresh database `bench_<tag>_<pid>` holding the demo, loaded
 * here first so the server's memory is its own work and the demo accounts' password is known (no forced
 * change). `stop` ends the process and drops the database.
 */
export async function startDemoApi(baseUrl: string, tag: string, port: number): Promise<DemoApi> {
  const { createPool, runMigrations, seedDemo } = await import('@congdoan/api');
  const pg = (await import('pg')).default;
  const name = `bench_${tag}_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const pool = createPool(dbUrl, 4);
  let password: string;
  try {
    await runMigrations(pool);
    password = (await seedDemo(pool, 'system')).password;
    await pool.query('UPDATE app_users SET must_change_password = false');
  } finally {
    await pool.end();
  }
  const [api] = await startApis(dbUrl, 1, port);
  return {
    api: api!,
    password,
    dbUrl,
    stop: async () => {
      const stopped = await stopApis([api!]);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      return stopped;
    },
  };
}
