// Issue 12: the import's parsing and commit ran on the event loop that answers requests. By default the server
// now runs jobs and schedules in a child process at a lower CPU priority, restarted if it dies.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/test-db';
import { startServer, until, type ServerProcess } from './testing/server-process';

let db: TestDatabase;
let server: ServerProcess | undefined;
let dataDir: string;

/** The nice value of a local process (field 19 of /proc/<pid>/stat, after the parenthesised name). */
const niceOf = (pid: number) => Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
/** Node children of `pid` running the server's entry file (not helpers such as esbuild's service). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /apps\/api\/(src\/main\.ts|dist\/main\.js)/.test(l))
      .map((l) => Number(l.trim().split(/\s+/)[0]))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when the process has no children
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-jobproc-'));
});

afterAll(async () => {
  const c = server?.child;
  if (c && c.exitCode === null) {
    for (const pid of childrenOf(c.pid!)) process.kill(pid, 'SIGKILL');
    c.kill('SIGKILL');
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  await db?.drop();
});

async function signIn(port: number, password: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'qt.canbo', password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Queue a member export over HTTP and wait until the job process has finished it. */
async function exportRuns(port: number, headers: Record<string, string>) {
  const res = await fetch(`http://127.0.0.1:${port}/api/members/exports`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ format: 'csv', filter: {} }),
  });
  expect(res.status).toBe(200);
  const { jobId } = (await res.json()) as { jobId: number };
  let status = '';
  await until(
    async () => {
      const job = await fetch(`http://127.0.0.1:${port}/api/jobs/${jobId}`, { headers });
      status = ((await job.json()) as { status: string }).status;
      return status === 'succeeded' || status === 'failed';
    },
    60_000,
    'the export job',
  );
  expect(status).toBe('succeeded');
}

describe('the job process', () => {
  it('runs jobs and schedules at a lower priority, comes back when killed, and stops with the server', async () => {
    server = await startServer({ DATABASE_URL: db.url, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const api = server.child.pid!;
    const password = /one-time password:\s+(\S+)/.exec(server.output())![1]!;
    await db.pool.query('UPDATE app_users SET must_change_password = false');

    await until(() => childrenOf(api).length === 1, 30_000, 'the job process');
    const [worker] = childrenOf(api);
    // it lowers its own priority first thing once loaded
    await until(() => niceOf(worker!) === 10, 30_000, 'the job process to lower its priority');
    expect(niceOf(api)).toBe(0);

    const headers = await signIn(server.port, password);
    await exportRuns(server.port, headers);

    // Its own database connections, and (where this test may renice them) below the requests too.
    const { rows } = await db.pool.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'congdoan-jobs'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    // Renicing another user's process needs root (CI runs as root); as a plain user only the Node side is lowered.
    if (process.getuid?.() === 0) expect(rows.map((r) => niceOf(r.pid))).toEqual(rows.map(() => 10));

    process.kill(worker!, 'SIGKILL');
    await until(() => childrenOf(api).some((p) => p !== worker), 30_000, 'a new job process');
    expect(server.output()).toMatch(/khởi động lại/);
    const [second] = childrenOf(api);
    await exportRuns(server.port, headers);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until(() => !alive(second!), 5000, 'the job process to stop with the server');
  }, 180_000);
});
