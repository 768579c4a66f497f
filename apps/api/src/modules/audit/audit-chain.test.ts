import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sealAuditChain } from './seal-chain';
import { verifyAuditChain } from './verify-chain';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();
const run = promisify(execFile);
const cli = path.resolve('apps/cli/bin/congdoan.mjs');

async function congdoan(args: string[]) {
  return run(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: t.db.url } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('audit hash chain', () => {
  it('cannot be updated, deleted or truncated through the product', async () => {
    await expect(t.db.pool.query("UPDATE audit_log SET action = 'x' WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('seals every finished row into one chain: consecutive seals, each naming the hash before it', async () => {
    await sealAuditChain(t.db.pool);
    await expect(t.db.pool.query('UPDATE audit_seals SET hash = hash WHERE seal = 1')).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query('DELETE FROM audit_seals')).rejects.toThrow(/append-only/);
    const { rows } = await t.db.pool.query<{ ok: boolean; gaps: number; unsealed: number }>(
      `SELECT bool_and(prev_hash = lag) AS ok, count(*) FILTER (WHERE seal <> lag_seal + 1)::int AS gaps,
              (SELECT count(*)::int FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.audit_id = a.id)) AS unsealed
         FROM (SELECT prev_hash, seal, lag(hash) OVER (ORDER BY seal), lag(seal) OVER (ORDER BY seal) AS lag_seal
                 FROM audit_seals) x WHERE lag IS NOT NULL`,
    );
    expect(rows[0]).toEqual({ ok: true, gaps: 0, unsealed: 0 });
    const report = await verifyAuditChain(t.db.pool);
    expect(report).toMatchObject({ broken: [], unsealed: 0, rows: await t.auditCount() });
    expect(report.lastSeal?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('`congdoan audit verify` passes on an intact log and detects a row edited directly in SQL', async () => {
    const ok = await congdoan(['audit', 'verify']);
    expect(ok.stdout, ok.stderr).toMatch(/Nhật ký toàn vẹn: \d+ dòng/);
    expect(ok.stdout).toMatch(/niêm phong cuối: số \d+/);
    expect(ok.stdout).toMatch(/0 dòng chưa niêm phong/);
    expect(ok.code).toBe(0);

    // An attacker with database access bypasses the append-only trigger and rewrites history.
    const client = await t.db.pool.connect();
    try {
      await client.query("SET session_replication_role = 'replica'");
      await client.query(`UPDATE audit_log SET actor_name = 'someone-else' WHERE id = 5`);
      await client.query("SET session_replication_role = 'origin'");
    } finally {
      client.release();
    }
    const bad = await congdoan(['audit', 'verify']);
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stderr).toMatch(/Dòng 5: nội dung bị sửa/);
    expect(bad.stderr).toMatch(/PHÁT HIỆN SỬA ĐỔI/);
  });

  it('detects a deleted row in the middle of the chain', async () => {
    const client = await t.db.pool.connect();
    try {
      await client.query("SET session_replication_role = 'replica'");
      await client.query('DELETE FROM audit_log WHERE id = 10');
      await client.query("SET session_replication_role = 'origin'");
    } finally {
      client.release();
    }
    const report = await verifyAuditChain(t.db.pool);
    expect(report.broken).toContainEqual({ id: 10, seal: expect.any(Number), reason: 'deleted' });
    const bad = await congdoan(['audit', 'verify']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Dòng 10: dòng đã niêm phong bị xoá/);
  });
});
