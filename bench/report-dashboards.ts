// Dashboards (issue 18 §7): p95 of GET /api/dashboards/{id} over HTTP for the nation, a province and a commune
// union, after a snapshot refresh (whose duration is printed too). Targets: 300 / 100 / 50 ms at 12 M members.
// Not part of npm test.
//
//   createdb dash && DATABASE_URL=postgres://…/dash npx congdoan seed synthetic --scale province
//   BENCH_DATABASE_URL=postgres://…/dash npm run bench:report-dashboards
//
// REQUESTS (60 per unit), QUARTERS (8: how many quarters the refresh computes), SKIP_REFRESH=1 to reuse the
// snapshots of an earlier run.
import { fork } from 'node:child_process';
import pg from 'pg';
import { refreshIndicatorSnapshots } from '@congdoan/api';
import { benchAccounts } from './lib/accounts';
import { fmt, ms, timeGets } from './lib/latency';

const N = Number(process.env.REQUESTS ?? 60);
const QUARTERS = Number(process.env.QUARTERS ?? 8);
const dbUrl = process.env.BENCH_DATABASE_URL;
if (!dbUrl) throw new Error('set BENCH_DATABASE_URL to a database loaded by `congdoan seed synthetic`');

// The refresh, as the nightly schedule and `congdoan indicators refresh` run it: one transaction per period.
const pool = new pg.Pool({ connectionString: dbUrl, max: 2, options: '-c jit=off' });
if (!process.env.SKIP_REFRESH) {
  const t0 = performance.now();
  const done = await refreshIndicatorSnapshots(pool, QUARTERS);
  const s = (performance.now() - t0) / 1000;
  console.log(
    `refresh: ${QUARTERS} quarters + their years = ${done.periods} periods, ${done.rows} figures in ${s.toFixed(1)} s`,
  );
}
const { rows: counts } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM indicator_snapshots');
console.log(`indicator_snapshots: ${counts[0]!.n} rows`);

const child = fork('bench/server.ts', {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, BENCH_TARGET: 'existing', BENCH_DATABASE_URL: dbUrl },
});
const ready = await new Promise<{ appPort: number }>((resolve) =>
  child.once('message', (m) => resolve(m as { appPort: number })),
);
process.on('exit', () => child.kill());
const app = `http://127.0.0.1:${ready.appPort}`;
const { admin, provinceId, rootId } = await benchAccounts(app, dbUrl);
// The province's commune-level union with the most children (the largest top/bottom ranking).
const { rows: communes } = await pool.query<{ id: number }>(
  `SELECT u.id::int FROM org_units u WHERE u.parent_id = $1 AND u.closed_on IS NULL
    ORDER BY (SELECT count(*) FROM org_units c WHERE c.parent_id = u.id) DESC, u.id LIMIT 1`,
  [provinceId],
);
const communeId = communes[0]?.id;
if (!communeId) throw new Error('the province has no child unit');
const indicators = ['members.active', 'members.admitted', 'petitions.answered_rate'];
const year = new Date().getFullYear();
const targets = { nation: 300, province: 100, commune: 50 } as const;
const lines: string[] = [];
let failed = false;
for (const [label, id] of [
  ['nation', rootId],
  ['province', provinceId],
  ['commune', communeId],
] as const) {
  const urls = Array.from({ length: N }, (_, i) => `/api/dashboards/${id}?year=${year}&indicator=${indicators[i % 3]}`);
  const p = await timeGets(app, admin, urls);
  const pass = p.p95 <= targets[label];
  failed ||= !pass;
  lines.push(
    `${label.padEnd(9)} (unit ${id}): ${fmt(p)} — target p95 ≤ ${ms(targets[label])}: ${pass ? 'PASS' : 'FAIL'}`,
  );
}
for (const l of lines) console.log(l);
await pool.end();
child.kill();
process.exit(failed ? 1 : 0);
