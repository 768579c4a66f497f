// Audited write latency while a long audited transaction is open (issue 12): a province's import holds
// one transaction that writes IMPORT_ROWS audit rows and stays open HOLD_S seconds, while WRITERS officials
// in other federations (and one in the same one) save a unit record each, one after another.
//   node --import tsx bench/audit-lock.ts            the current schema (audit rows sealed by a sealer)
//   node --import tsx bench/audit-lock.ts --before   the schema before migration 0011 (one advisory lock)
// Database: BENCH_DATABASE_URL, else TEST_DATABASE_URL (a PostgreSQL server; bench_audit_lock is recreated).
// Not part of npm test; numbers in bench/RESULTS.md.
import type pg from 'pg';
import { createPool, runMigrations, sealAuditChain, seedDemo, startAuditSealer, verifyAuditChain } from '@congdoan/api';
import { percentiles, type Percentiles } from './lib/latency';

const before = process.argv.includes('--before');
const IMPORT_ROWS = Number(process.env.IMPORT_ROWS ?? 100_000);
const HOLD_S = Number(process.env.HOLD_S ?? 10);
const WRITERS = Number(process.env.WRITERS ?? 4);
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!base) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server');
const url = new URL(base);
url.pathname = '/bench_audit_lock';

async function setup(): Promise<pg.Pool> {
  const admin = createPool(base!, 1);
  await admin.query('DROP DATABASE IF EXISTS bench_audit_lock WITH (FORCE)');
  await admin.query('CREATE DATABASE bench_audit_lock');
  await admin.end();
  const pool = createPool(url.toString(), WRITERS + 4);
  await runMigrations(pool, before ? { before: '0011' } : {});
  await seedDemo(pool, 'system');
  return pool;
}

/** One official's save: one audited transaction renaming a unit. */
async function save(pool: pg.Pool, code: string, i: number): Promise<number> {
  const c = await pool.connect();
  const t0 = performance.now();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.actor_name', 'bench', true), set_config('app.source', 'web', true)");
    await c.query(`UPDATE org_units SET name = regexp_replace(name, ' #\\d+$', '') || ' #' || $2 WHERE code = $1`, [
      code,
      i,
    ]);
    await c.query('COMMIT');
    return performance.now() - t0;
  } finally {
    c.release();
  }
}

/** Writers save in a loop until stop(); samples are tagged with the phase they started in. */
function startWriters(pool: pg.Pool, phase: () => string) {
  const samples: Record<string, number[]> = {};
  let running = true;
  const codes = ['LDLD-15', 'LDLD-40', 'CDN-GD-40', 'QT-0002'];
  const loops = Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; running; i++) {
      const p = phase();
      const ms = await save(pool, codes[w % codes.length]!, i);
      (samples[p] ??= []).push(ms);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, percentiles(v)])) as Record<
        string,
        Percentiles
      >;
    },
  };
}

async function main() {
  const pool = await setup();
  const sealer = before ? null : startAuditSealer(pool, console.error);
  let phase = 'baseline';
  const writers = startWriters(pool, () => phase);
  await new Promise((r) => setTimeout(r, 3000));

  // The import: audit rows for IMPORT_ROWS persons in Quảng Trị, then the transaction stays open.
  const holder = await pool.connect();
  phase = 'during';
  const t0 = performance.now();
  await holder.query('BEGIN');
  await holder.query("SELECT set_config('app.actor_name', 'import', true), set_config('app.source', 'job', true)");
  await holder.query(
    `SELECT audit_append('member_import.commit', 'persons', g::text, (SELECT path FROM org_units WHERE code = 'QT-0001'),
                         NULL, jsonb_build_object('full_name', 'Nguyễn Văn ' || g, 'cccd', lpad(g::text, 12, '0')))
       FROM generate_series(1, $1) g`,
    [IMPORT_ROWS],
  );
  const written = performance.now() - t0;
  await new Promise((r) => setTimeout(r, Math.max(0, HOLD_S * 1000 - written)));
  await holder.query('COMMIT');
  holder.release();
  const held = performance.now() - t0;
  phase = 'after';
  await new Promise((r) => setTimeout(r, 3000));
  const latency = await writers.stop();

  let sealLag: number | null = null;
  if (sealer) {
    const s0 = performance.now();
    await sealer.stop();
    await sealAuditChain(pool);
    sealLag = performance.now() - s0;
  }
  const v0 = performance.now();
  const report = before ? null : await verifyAuditChain(pool);
  const verifyMs = performance.now() - v0;
  const fmt = (p?: Percentiles) =>
    p ? `n=${p.n} p50 ${p.p50.toFixed(1)} · p95 ${p.p95.toFixed(1)} · max ${p.max.toFixed(1)} ms` : '—';
  console.log(`mode: ${before ? 'before (0010: advisory lock 727274 until commit)' : 'after (0011: sealer)'}`);
  console.log(
    `import transaction: ${IMPORT_ROWS} audit rows written in ${(written / 1000).toFixed(1)} s, open ${(held / 1000).toFixed(1)} s`,
  );
  for (const k of ['baseline', 'during', 'after']) console.log(`writes ${k}: ${fmt(latency[k])}`);
  if (report) {
    console.log(
      `after commit: rest sealed in ${sealLag!.toFixed(0)} ms; verify ${report.rows} rows in ${verifyMs.toFixed(0)} ms, ` +
        `${report.broken.length} broken, ${report.unsealed} unsealed`,
    );
  }
  await pool.end();
  const admin = createPool(base!, 1);
  await admin.query('DROP DATABASE IF EXISTS bench_audit_lock WITH (FORCE)');
  await admin.end();
}

await main();
