// `BENCH_DATABASE_URL=postgres://…/db npm run bench:report-rollup` (issue 18): on a dataset with operations
// (`congdoan seed synthetic` then `congdoan seed operations`):
//  - a quarterly rollup of every computed indicator over all units, as the report page computes it (the engine's
//    computeIndicators with byChild over the registry's computed indicators), for the nation and for the
//    largest province: one warm-up, then 5 runs, median and max. Targets ≤ 5 s (nation), ≤ 1 s (province).
//  - the completeness page of the nation (GET /api/reports/assignments/:id/completeness, what the page calls)
//    through a started API (the production bundle), 60 requests one after another as a national officer: p95
//    ≤ 300 ms. The province's completeness is measured beside it (no target).
// Each indicator's own time at the nation is printed, and with --explain the plans of the nation's rollup
// statements are written to bench/plans/report-rollup-*.txt. Read-only, apart from the bench officer it creates.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { inTransaction } from '@congdoan/api';
import { computeIndicators } from '../apps/api/src/modules/reports/indicators/compute';
import { fillIndicatorScope } from '../apps/api/src/modules/reports/indicators/scope';
import { indicatorRegistry, indicatorSource } from '../apps/api/src/modules/reports/indicators/registry';
import { ensureUser, login } from './lib/accounts';
import { buildApi, startApis, stopApis } from './lib/api-processes';
import { fmt, ms, timeGets } from './lib/latency';
import { check, printTable, type Row } from './lib/report';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL },
    port: { type: 'string', default: '3917' },
    runs: { type: 'string', default: '5' },
    requests: { type: 'string', default: '60' },
    explain: { type: 'boolean', default: false },
  },
});
if (!args.db)
  throw new Error('set BENCH_DATABASE_URL (or --db) to a database filled by seed synthetic + seed operations');
const dbUrl = args.db;
// jit off, as the app's pools run (apps/api/src/db/pools.ts): its compile time would be measured, not the query
const pool = new pg.Pool({ connectionString: dbUrl, max: 2, options: '-c jit=off' });
const audit = {
  actorId: null,
  actorName: 'bench',
  source: 'system' as const,
  requestId: null,
  action: 'report.compute',
};
const computed = [...indicatorRegistry().values()].filter((i) => indicatorSource(i) === 'computed');

const root = (await pool.query<{ id: string; name: string }>('SELECT id, name FROM org_units WHERE parent_id IS NULL'))
  .rows[0]!;
const { rows: assignments } = await pool.query<{ id: string; from: string; to: string; label: string }>(
  `SELECT a.id, a.period_from::text AS from, a.period_to::text AS to, a.period_label AS label
     FROM report_assignments a JOIN report_forms f ON f.id = a.form_id
    WHERE a.unit_id = $1 AND f.code = 'bc_quy' ORDER BY a.period_from DESC LIMIT 1`,
  [root.id],
);
const assignment = assignments[0];
if (!assignment) throw new Error('no quarterly report assigned to the nation: run `congdoan seed operations` first');
// the provincial federation with the most members (the rollups' figure)
const { rows: provinces } = await pool.query<{ id: string; name: string; members: string }>(
  `SELECT u.id, u.name, coalesce((SELECT sum(n) FROM top_member_stats t WHERE t.top_id = u.id), 0) AS members
     FROM org_units u WHERE u.parent_id = $1 AND u.kind = 'provincial_federation' ORDER BY 3 DESC, u.id LIMIT 1`,
  [root.id],
);
const province = provinces[0]!;
const { rows: size } = await pool.query<{
  units: string;
  memberships: string;
  petitions: string;
  registrations: string;
}>(
  `SELECT (SELECT count(*) FROM org_units) AS units, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'memberships') AS memberships,
          (SELECT count(*) FROM petitions) AS petitions, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'registrations') AS registrations`,
);
console.log(
  `dataset: ${size[0]!.units} units, ~${size[0]!.memberships} memberships, ${size[0]!.petitions} petitions, ` +
    `~${size[0]!.registrations} registrations; period ${assignment.label} (${assignment.from} – ${assignment.to}); ` +
    `${computed.length} computed indicators; province ${province.name} (${province.members} members)`,
);

const rollup = (unitId: number) =>
  inTransaction(pool, audit, (tx) =>
    computeIndicators(tx, computed, { rootUnitId: unitId, from: assignment.from, to: assignment.to, byChild: true }),
  );

async function timeRollup(
  unitId: number,
  runs: number,
): Promise<{ warm: number; median: number; max: number; groups: number }> {
  let t = performance.now();
  const first = await rollup(unitId);
  const warm = performance.now() - t;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await rollup(unitId);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { warm, median: samples[samples.length >> 1]!, max: samples[samples.length - 1]!, groups: first.byGroup.size };
}

/** Each statement's own time at the nation (scope filled once), slowest first; plans with --explain. */
async function perIndicator(unitId: number): Promise<{ key: string; ms: number }[]> {
  const out: { key: string; ms: number }[] = [];
  const plans = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plans');
  if (args.explain) fs.mkdirSync(plans, { recursive: true });
  await inTransaction(pool, audit, async (tx) => {
    const t = performance.now();
    await fillIndicatorScope(tx, { rootUnitId: unitId, from: assignment!.from, to: assignment!.to, byChild: true });
    out.push({ key: '(scope: the tree as it stood)', ms: performance.now() - t });
    for (const i of computed) {
      if (!i.sql) continue;
      // $3: the scope's federations, NULL at the nation (compute.ts)
      const sql = `SELECT figure.group_id, figure.value FROM (${i.sql}) AS figure, (SELECT $1::date, $2::date, $3::bigint[]) AS period`;
      const s = performance.now();
      await tx.query(sql, [assignment!.from, assignment!.to, null]);
      out.push({ key: i.key, ms: performance.now() - s });
      if (args.explain) {
        const { rows } = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [
          assignment!.from,
          assignment!.to,
          null,
        ]);
        fs.writeFileSync(
          path.join(plans, `report-rollup-${i.key.replace(/\W/g, '-')}.txt`),
          rows.map((r) => r['QUERY PLAN']).join('\n') + '\n',
        );
      }
    }
  });
  return out.sort((a, b) => b.ms - a.ms);
}

const runs = Number(args.runs);
const rows: Row[] = [];
const nation = await timeRollup(Number(root.id), runs);
const prov = await timeRollup(Number(province.id), runs);
const rollupRow = (label: string, r: typeof nation, target: number): Row => ({
  metric: `quarterly rollup of every computed indicator, ${label} (${r.groups} groups: the unit and each child)`,
  target: `≤ ${target / 1000} s`,
  measured: `median ${ms(r.median)} · max ${ms(r.max)} of ${runs} (first, cold: ${ms(r.warm)})`,
  result: check(r.median <= target && r.max <= target),
  value: r.median,
});
rows.push(rollupRow('nation', nation, 5000), rollupRow(`province (${province.name})`, prov, 1000));
const breakdown = await perIndicator(Number(root.id));

buildApi();
const [api] = await startApis(dbUrl, 1, Number(args.port));
try {
  const tag = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const username = `bench.${tag}.national`;
  const password = await ensureUser(pool, username, 'officer', Number(root.id));
  const officer = await login(api!.url, username, password);
  const n = Number(args.requests);
  const url = `/api/reports/assignments/${assignment.id}/completeness`;
  const nationP = await timeGets(
    api!.url,
    officer,
    Array.from({ length: n }, () => url),
  );
  const provP = await timeGets(
    api!.url,
    officer,
    Array.from({ length: Math.ceil(n / 2) }, () => `${url}?unitId=${province.id}`),
  );
  rows.push(
    {
      metric: 'completeness page of the nation (HTTP, national officer)',
      target: '≤ 300 ms p95',
      measured: fmt(nationP),
      result: check(nationP.p95 <= 300),
      value: nationP.p95,
    },
    { metric: `completeness of the province (${province.name})`, target: '—', measured: fmt(provP), result: '' },
  );
} finally {
  await stopApis([api!]);
  await pool.end();
}

printTable(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — report rollup and completeness`, rows);
console.log('\nnation, one run, each statement (slowest first):');
for (const b of breakdown) console.log(`  ${b.key.padEnd(34)} ${ms(b.ms)}`);
const failed = rows.filter((r) => r.result === 'FAIL').length;
console.log(`\n${failed} metric(s) missed their target.`);
