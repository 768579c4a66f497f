import { describe, expect, it } from 'vitest';
import { AppError } from '@congdoan/domain';
import { defineJob } from './job-registry';
import { runNextJob } from './job-runner';
import { enqueueJob } from './enqueue-job';
import { useTestApp } from '../../testing/test-app';
import { inTransaction } from '../../db/tx';
import { systemActor } from '../../context/actor';

const t = useTestApp();

defineJob('test.count', async (job, io) => {
  const n = Number(job.input.n);
  for (let i = 1; i <= n; i++) await io.progress(i, n);
  const fileKey = 'test/2026-11/dem.csv';
  await io.files.put(fileKey, Buffer.from(`n\n${n}\n`));
  return { counted: n, actor: io.ctx.actor?.username ?? null, source: io.ctx.source, fileKey, fileName: 'dem.csv' };
});
defineJob('test.fail', async () => {
  throw new AppError('UNIT_NOT_FOUND', { id: 42 });
});

async function enqueue(kind: string, input: Record<string, unknown>, username = 'qt.canbo'): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>('SELECT id FROM app_users WHERE username = $1', [username]);
  const actor = { ...(await systemActor(t.db.pool, 'test')), userId: rows[0]!.id };
  return inTransaction(
    t.db.pool,
    { actorId: rows[0]!.id, actorName: username, source: 'web', requestId: 'r1', action: 'test' },
    (tx) => enqueueJob(tx, actor, { kind, input }),
  );
}
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

describe('background jobs', () => {
  it('runs a queued job as the user who queued it, with progress and a downloadable file', async () => {
    const id = await enqueue('test.count', { n: 5 });
    const s = await t.signIn('qt.canbo');
    const queued = await s.request('GET', `/api/jobs/${id}`);
    expect(queued.json(), queued.body).toMatchObject({ status: 'queued', done: 0 });
    expect(await run()).toBe(true);
    const job = (await s.request('GET', `/api/jobs/${id}`)).json();
    expect(job).toMatchObject({ status: 'succeeded', done: 5, total: 5, percent: 100, hasFile: true });
    expect(job.result).toMatchObject({ counted: 5, actor: 'qt.canbo', source: 'job' });
    const file = await s.request('GET', `/api/jobs/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('n\n5\n');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''dem.csv");
    const { rows } = await t.db.pool.query(
      "SELECT actor_name FROM audit_log WHERE action = 'job.download' AND entity_id = $1",
      [String(id)],
    );
    expect(rows[0]).toMatchObject({ actor_name: 'qt.canbo' });
    expect((await s.request('GET', '/api/jobs')).json().items[0].id).toBe(id);
  });

  it('records a failure with its code and a Vietnamese message', async () => {
    const id = await enqueue('test.fail', {});
    await run();
    const s = await t.signIn('qt.canbo');
    const job = (await s.request('GET', `/api/jobs/${id}`)).json();
    expect(job.status).toBe('failed');
    expect(job.error).toMatchObject({ code: 'UNIT_NOT_FOUND', message: 'Không tìm thấy đơn vị công đoàn.' });
  });

  it('picks up a job whose worker died, and abandons it after three attempts', async () => {
    const id = await enqueue('test.count', { n: 1 });
    await t.db.pool.query(
      "UPDATE jobs SET status = 'running', attempts = 1, heartbeat_at = now() - interval '5 minutes' WHERE id = $1",
      [id],
    );
    await run();
    expect((await t.db.pool.query('SELECT status, attempts FROM jobs WHERE id = $1', [id])).rows[0]).toEqual({
      status: 'succeeded',
      attempts: 2,
    });
    const dead = await enqueue('test.count', { n: 1 });
    await t.db.pool.query(
      "UPDATE jobs SET status = 'running', attempts = 3, heartbeat_at = now() - interval '5 minutes' WHERE id = $1",
      [dead],
    );
    await run();
    const row = (await t.db.pool.query('SELECT status, error FROM jobs WHERE id = $1', [dead])).rows[0];
    expect(row.status).toBe('failed');
    expect(row.error.code).toBe('JOB_ABANDONED');
  });

  it('leaves a running job with a fresh heartbeat alone', async () => {
    const id = await enqueue('test.count', { n: 1 });
    await t.db.pool.query("UPDATE jobs SET status = 'running', heartbeat_at = now() WHERE id = $1", [id]);
    await t.db.pool.query("UPDATE jobs SET status = 'succeeded' WHERE status = 'queued'");
    expect(await run()).toBe(false);
  });
});
