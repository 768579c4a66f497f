// Issue 12: SIGTERM stopped nothing while requests waited on a lock. The real server, as a child
// process, must exit within its drain + cancel bound while every request connection is stuck.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/test-db';
import { startServer, until } from './testing/server-process';

const DRAIN_MS = 1000;
const WRITERS = 14; // more than the 10 request connections: some wait for a connection too

let db: TestDatabase;
let child: ChildProcess | undefined;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-shutdown-'));
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  await db?.drop();
});

describe('SIGTERM under load', () => {
  it('drains, cancels its stuck queries and exits within the bound', async () => {
    const server = await startServer({
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SHUTDOWN_DRAIN: `${DRAIN_MS}ms`,
      // Long request limits: only the shutdown can end these waits.
      DB_LOCK_TIMEOUT: '2m',
      DB_STATEMENT_TIMEOUT: '2m',
      DB_ACQUIRE_TIMEOUT: '2m',
    });
    child = server.child;
    const { port, exited } = server;
    const output = server.output;

    // Every login reads app_users: with the table locked, each one holds a request connection, waiting.
    const locker = await db.pool.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE app_users IN ACCESS EXCLUSIVE MODE');
    try {
      const answers = Array.from({ length: WRITERS }, () =>
        fetch(`http://127.0.0.1:${port}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'admin', password: 'khong-dung-mat-khau-1' }),
          signal: AbortSignal.timeout(30_000),
        }).then(
          async (res) => ({ status: res.status, body: (await res.json()) as { error: { code: string } } }),
          () => null, // a request still waiting for a connection when the process exits: socket closed
        ),
      );
      const blocked = async () =>
        (
          await db.pool.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND application_name = 'congdoan' AND wait_event_type = 'Lock'`,
          )
        ).rows[0]!.n >= 10;
      await until(blocked, 20_000, 'ten logins blocked on the lock');

      const signalled = Date.now();
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 20_000))]);
      const took = Date.now() - signalled;
      expect(code, output()).toBe(0);
      // drain + cancel grace + closing the pools, with room for a busy machine
      expect(took).toBeLessThan(DRAIN_MS + 7000);
      expect(output()).toMatch(/đã hủy \d+ truy vấn/);

      const settled = await Promise.all(answers);
      const cancelled = settled.filter((a) => a?.status === 503 && a.body.error.code === 'DB_QUERY_TIMEOUT');
      expect(cancelled.length, JSON.stringify(settled)).toBeGreaterThanOrEqual(10);
      expect(settled.filter((a) => a && a.status !== 503)).toEqual([]);
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
    // None of the server's connections outlive it.
    await until(
      async () =>
        (
          await db.pool.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND application_name LIKE 'congdoan%' AND application_name <> 'congdoan-test'`,
          )
        ).rows[0]!.n === 0,
      5000,
      'the server connections to close',
    );
  }, 150_000);
});
