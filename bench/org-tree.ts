// `npm run bench:org`: the org tree at national scale (130,000 units) and a province's 2025 restructuring.
// Database server: BENCH_DATABASE_URL or TEST_DATABASE_URL (a fresh database `bench_org` is created on it).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../apps/api/src/config';
import { createPool } from '../apps/api/src/db/open';
import { runMigrations } from '../apps/api/src/db/migrate';
import { inTransaction } from '../apps/api/src/db/tx';
import { makeCtx } from '../apps/api/src/context/context';
import { systemActor } from '../apps/api/src/context/actor';
import { seedDemo } from '../apps/api/src/modules/demo/seed-demo';
import { listChildren } from '../apps/api/src/modules/org-units/list-children';
import { searchUnits } from '../apps/api/src/modules/org-units/search-units';
import { subtreeCounts } from '../apps/api/src/modules/org-units/subtree-counts';
import { runBulk } from '../apps/api/src/modules/reorganizations/bulk/run-bulk';
import type { MappingRow } from '../apps/api/src/modules/reorganizations/bulk/parse-mapping';

const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!base) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL');
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS bench_org WITH (FORCE)');
await admin.query('CREATE DATABASE bench_org');
const url = new URL(base);
url.pathname = '/bench_org';
const pool = createPool(url.toString(), 4);
await runMigrations(pool);
await seedDemo(pool, 'system');

const t0 = performance.now();
// 34 provinces × 100 commune unions × 37 grassroots unions + the demo ≈ 130,000 units, in one audited transaction.
await inTransaction(
  pool,
  { actorId: null, actorName: null, source: 'system', requestId: null, action: 'bench.generate' },
  async (tx) => {
    await tx.query(`INSERT INTO org_units (code, name, kind, parent_id, founded_on)
    SELECT 'P' || p, 'Liên đoàn Lao động tỉnh số ' || p, 'provincial_federation', (SELECT id FROM org_units WHERE code = 'TLD'), '2020-01-01'
      FROM generate_series(1, 34) p`);
    await tx.query(`INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on)
    SELECT 'P' || p || '-X' || x, 'Công đoàn xã Thử ' || p || '-' || x, 'upper_union', 'commune_union', u.id, '2020-01-01'
      FROM generate_series(1, 34) p JOIN org_units u ON u.code = 'P' || p, generate_series(1, 100) x`);
    await tx.query(`INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on)
    SELECT u.code || '-G' || g, 'CĐCS Công ty Hưng Thịnh ' || u.code || '-' || g, 'grassroots_union', 'enterprise', u.id, '2020-01-01'
      FROM org_units u, generate_series(1, 37) g WHERE u.code LIKE 'P%-X%'`);
  },
);
const generateMs = performance.now() - t0;
await pool.query('ANALYZE');
const { rows: count } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM org_units');

const actor = await systemActor(pool, 'bench');
const ctx = makeCtx({ pool, config: loadConfig({ LOG_LEVEL: 'silent' }), actor, source: 'cli', requestId: null });
const id = async (code: string) =>
  (await pool.query<{ id: number }>('SELECT id FROM org_units WHERE code = $1', [code])).rows[0]!.id;

async function p50(label: string, fn: () => Promise<unknown>, n = 50): Promise<[string, number]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return [label, Math.round(times[Math.floor(n / 2)]! * 10) / 10];
}

const province = await id('P7');
const commune = await id('P7-X42');
const results = [
  await p50('children of a province (100 commune unions)', () => listChildren(ctx, province)),
  await p50('children of a commune union (37)', () => listChildren(ctx, commune)),
  await p50('children of a commune union as of 2025-06-30', () => listChildren(ctx, commune, '2025-06-30')),
  await p50('search "hung thinh p7-x42-g1" (diacritics folded)', () =>
    searchUnits(ctx, { q: 'hung thinh p7-x42-g1', limit: 20 }),
  ),
  await p50('subtree counts of a province (3,800 units)', () => subtreeCounts(ctx, province, '2025-06-30'), 10),
];

// A province's 2025 restructuring: 20 new commune unions, 740 grassroots unions moved (from 20 old communes), 20 closed.
const rows: MappingRow[] = [];
let r = 2;
for (let x = 1; x <= 20; x++) {
  rows.push({
    row: r++,
    unitCode: `P9-N${x}`,
    newParentCode: 'P9',
    newName: `Công đoàn xã Mới ${x}`,
    newKind: 'commune_union',
    effectiveOn: null,
    close: false,
  });
  for (let g = 1; g <= 37; g++)
    rows.push({
      row: r++,
      unitCode: `P9-X${x}-G${g}`,
      newParentCode: `P9-N${x}`,
      newName: null,
      newKind: null,
      effectiveOn: null,
      close: false,
    });
  rows.push({
    row: r++,
    unitCode: `P9-X${x}`,
    newParentCode: null,
    newName: null,
    newKind: null,
    effectiveOn: null,
    close: true,
  });
}
const p9 = (await pool.query<{ path: string }>("SELECT path::text FROM org_units WHERE code = 'P9'")).rows[0]!.path;
const b0 = performance.now();
const outcome = await inTransaction(
  pool,
  { actorId: null, actorName: null, source: 'system', requestId: null, action: 'bench.bulk' },
  (tx) => runBulk(tx, rows, { effectiveOn: '2025-07-01', today: '2026-11-24', reorganizationId: null, scopes: [p9] }),
);
const bulkMs = performance.now() - b0;

console.log(`units: ${count[0]!.n}; generated in ${Math.round(generateMs / 1000)} s (with history and audit rows)`);
for (const [label, ms] of results) console.log(`${label}: p50 ${ms} ms`);
console.log(
  `bulk restructuring of one province: ${rows.length} rows, ${outcome.changes.length} changes, ${outcome.conflicts.length} conflicts, ${Math.round(bulkMs / 100) / 10} s`,
);
await pool.end();
await admin.query('DROP DATABASE IF EXISTS bench_org WITH (FORCE)');
await admin.end();
