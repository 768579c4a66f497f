// Issue 12, item 1: a job holding a lock, writers piling up on it and the job reporting progress
// must not hang the process; pool, lock and statement timeouts answer 503 with a stable code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { registerErrorHandling } from '../http/errors';
import { systemActor } from '../context/actor';
import { seedDemo } from '../modules/demo/seed-demo';
import { defineJob } from '../modules/jobs/job-registry';
import { enqueueJob } from '../modules/jobs/enqueue-job';
import { runNextJob } from '../modules/jobs/job-runner';
import { createTestDatabase, type TestDatabase } from '../testing/test-db';
import { inTransaction } from './tx';
import { createPool, openPools, type Pools } from './pools';

const POOL_MAX = 4;
const config: Config = loadConfig({
  LOG_LEVEL: 'silent',
  DATA_DIR: '.test-data/app',
  DB_POOL_MAX: String(POOL_MAX),
  DB_ACQUIRE_TIMEOUT: '1500ms',
  DB_LOCK_TIMEOUT: '1s',
});
const HOLD_MS = 3000;

let db: TestDatabase;
let pools: Pools;
let app: FastifyInstance;
let unitId: number;
let cookie: string;
let csrf: string;

// The shape of today's member-import commit: one transaction that writes an audited row (so it holds
// that row, and before migration 0014 the audit chain's lock) and reports progress while it holds them.
let locked: () => void = () => undefined;
defineJob('test.hold_lock', async (job, io) => {
  const id = Number(job.input.unitId);
  await io.ctx.tx('test.hold_lock', async (tx) => {
    await tx.query('UPDATE org_units SET updated_at = now() WHERE id = $1', [id]);
    locked();
    for (let i = 1; i <= 6; i++) {
      await new Promise((r) => setTimeout(r, HOLD_MS / 6));
      await io.progress(i, 6);
    }
  });
  return { held: HOLD_MS };
});

defineJob('test.cancelled', async (_job, io) => {
  await io.ctx.pool.query('SELECT pg_sleep(0.2)');
  throw Object.assign(new Error('canceling statement due to user request'), { code: '57014' });
});

const patchUnit = (name: string) =>
  app.inject({
    method: 'PATCH',
    url: `/api/org-units/${unitId}`,
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    payload: JSON.stringify({ name }),
  });

function expectBusy(res: LightMyRequestResponse, codes: string[]) {
  expect(res.statusCode, res.body).toBe(503);
  expect(codes).toContain(res.json().error.code);
  expect(res.headers['retry-after']).toBe('5');
  expect(res.json().error.message).toMatch(/thử lại/);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { password } = await seedDemo(db.pool, 'system');
  await db.pool.query('UPDATE app_users SET must_change_password = false');
  pools = openPools(db.url, config);
  app = await buildApp({ config, pool: pools.request, dbMode: 'server', serveWeb: false, logger: false });
  await app.ready();
  const { rows } = await db.pool.query<{ id: number }>('SELECT id FROM org_units WHERE nlevel(path) = 2 LIMIT 1');
  unitId = rows[0]!.id;
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'admin', password } });
  expect(login.statusCode, login.body).toBe(200);
  cookie = String(login.headers['set-cookie']).split(';')[0]!;
  csrf = login.json<{ csrfToken: string }>().csrfToken;
}, 60_000);

afterAll(async () => {
  await app?.close();
  await Promise.all(Object.values(pools ?? {}).map((p) => p.end()));
  await db?.drop();
});

async function enqueueJobOf(kind: string): Promise<number> {
  const actor = await systemActor(db.pool, 'test');
  const { rows } = await db.pool.query<{ id: number }>("SELECT id FROM app_users WHERE username = 'admin'");
  return inTransaction(
    db.pool,
    { actorId: rows[0]!.id, actorName: 'admin', source: 'web', requestId: 'hang', action: 'test' },
    (tx) => enqueueJob(tx, { ...actor, userId: rows[0]!.id }, { kind, input: { unitId } }),
  );
}

describe('the hang of issue 12 cannot happen', () => {
  it('a job holding a lock reports progress while writers exhaust the request pool; all get answers', async () => {
    const jobId = await enqueueJobOf('test.hold_lock');
    const holding = new Promise<void>((r) => (locked = r));
    const started = Date.now();
    const job = runNextJob({ work: pools.job, control: pools.control }, config, app.deps.files);
    // (if the job fails before it locks, the assertions below say why instead of waiting here)
    await Promise.race([holding, job]);
    // Three writers per request connection: the pool is full of writers blocked on the job's lock.
    const writes = Array.from({ length: POOL_MAX * 3 }, (_, i) => patchUnit(`LĐLĐ thử ${i}`));
    await new Promise((r) => setTimeout(r, 300));
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode, health.body).toBe(200);
    const answers = await Promise.all(writes);
    expect(await job).toBe(true);
    expect(Date.now() - started).toBeLessThan(HOLD_MS + 8000);

    const { rows } = await db.pool.query('SELECT status, done, total FROM jobs WHERE id = $1', [jobId]);
    expect(rows[0]).toEqual({ status: 'succeeded', done: 6, total: 6 });
    for (const res of answers) {
      if (res.statusCode !== 200) expectBusy(res, ['DB_LOCK_TIMEOUT', 'SERVER_BUSY']);
    }
    // The first writers waited on the lock for longer than lock_timeout.
    expect(answers.some((r) => r.statusCode === 503 && r.json().error.code === 'DB_LOCK_TIMEOUT')).toBe(true);
    // The request pool is healthy again: the next write goes through.
    const after = await patchUnit('LĐLĐ sau khi nhập');
    expect(after.statusCode, after.body).toBe(200);
  }, 30_000);
});

describe('jobs and shutdown', () => {
  it('a job cancelled by a shutdown is queued again, not failed', async () => {
    const id = await enqueueJobOf('test.cancelled');
    expect(await runNextJob({ work: pools.job, control: pools.control }, config, app.deps.files, () => true)).toBe(
      true,
    );
    const { rows } = await db.pool.query('SELECT status, attempts, error FROM jobs WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ status: 'queued', attempts: 1, error: null });
    // Outside a shutdown the same error is a failure with its Vietnamese message.
    expect(await runNextJob({ work: pools.job, control: pools.control }, config, app.deps.files)).toBe(true);
    const again = await db.pool.query('SELECT status, error FROM jobs WHERE id = $1', [id]);
    expect(again.rows[0].status).toBe('failed');
    expect(again.rows[0].error).toMatchObject({ code: 'DB_QUERY_TIMEOUT', message: expect.stringMatching(/quá lâu/) });
  });
});

describe('timeouts answer 503 with a stable code', () => {
  it('a full request pool answers SERVER_BUSY with Retry-After after the acquire timeout', async () => {
    const held = await Promise.all(Array.from({ length: POOL_MAX }, () => pools.request.connect()));
    try {
      const started = Date.now();
      const res = await app.inject({ method: 'GET', url: `/api/org-units/${unitId}`, headers: { cookie } });
      expectBusy(res, ['SERVER_BUSY']);
      expect(res.json().error.message).toBe(
        'Hệ thống đang quá tải, chưa xử lý được yêu cầu. Vui lòng thử lại sau ít giây.',
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    } finally {
      for (const c of held) c.release();
    }
    const ok = await app.inject({ method: 'GET', url: `/api/org-units/${unitId}`, headers: { cookie } });
    expect(ok.statusCode, ok.body).toBe(200);
  }, 15_000);

  it('a write blocked on a row lock longer than lock_timeout answers DB_LOCK_TIMEOUT and changes nothing', async () => {
    const other = await db.pool.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT 1 FROM org_units WHERE id = $1 FOR UPDATE', [unitId]);
      const res = await patchUnit('LĐLĐ bị khóa');
      expectBusy(res, ['DB_LOCK_TIMEOUT']);
    } finally {
      await other.query('ROLLBACK');
      other.release();
    }
    const { rows } = await db.pool.query('SELECT name FROM org_units WHERE id = $1', [unitId]);
    expect(rows[0].name).not.toBe('LĐLĐ bị khóa');
  }, 15_000);

  it('a statement past statement_timeout answers DB_QUERY_TIMEOUT, not a 500', async () => {
    const slowPool = createPool(db.url, 1, { acquire: 1000, statement: 200, lock: 1000, idleInTransaction: 1000 });
    const mini = Fastify({ logger: false });
    registerErrorHandling(mini, false);
    mini.get('/slow', async () => (await slowPool.query('SELECT pg_sleep(2)')).rowCount);
    try {
      const res = await mini.inject({ method: 'GET', url: '/slow' });
      expectBusy(res, ['DB_QUERY_TIMEOUT']);
      expect(res.json().error.message).toMatch(/quá lâu/);
    } finally {
      await mini.close();
      await slowPool.end();
    }
  });

  it('every server connection carries the timeouts of its role', async () => {
    const show = async (p: typeof pools.request) =>
      (
        await p.query<{ s: string; l: string; i: string }>(
          `SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l,
                  current_setting('idle_in_transaction_session_timeout') AS i`,
        )
      ).rows[0];
    expect(await show(pools.request)).toEqual({ s: '15s', l: '1s', i: '30s' });
    expect(await show(pools.control)).toEqual({ s: '15s', l: '1s', i: '30s' });
    expect(await show(pools.job)).toEqual({ s: '30min', l: '1min', i: '5min' });
  });
});
