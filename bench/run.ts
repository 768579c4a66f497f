// `npm run bench`: metric, target, measured value and PASS/FAIL for each target (not part of npm test).
//   npm run bench                                  fresh demo database on TEST_DATABASE_URL's server (smoke run)
//   npm run bench -- --db postgres://…/congdoan_national          a dataset made by `congdoan seed synthetic`
//   npm run bench -- --db …/congdoan_province --embedded DIR     both, plus embedded ÷ server (target ≤ 2×)
// Options: --seconds N (autocannon per endpoint, default 10), --no-import, --no-flash, --out FILE (JSON),
// --mixed (with --db: bench/mixed-load.ts on that database, one and two API processes; about 12 minutes).
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchAccounts, type BenchAccounts } from './lib/accounts';
import { fmt, timeGets } from './lib/latency';
import { check, compareRows, printTable, runSubBench, type Row } from './lib/report';
import { startTarget, type Target, type TargetSpec } from './lib/target';
import { buildSearchMix } from './search-mix';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    embedded: { type: 'string' },
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '10' },
    'no-import': { type: 'boolean', default: false },
    'no-flash': { type: 'boolean', default: false },
    mixed: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const DURATION = Number(args.seconds);
const CONNECTIONS = 20;

async function throughput(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

/**
 * Units to ask for children: the nation's root, the largest province, a commune union of that province with
 * the median number of grassroots unions, and the upper union with the most children in the province.
 */
async function sampleUnits(dbUrl: string, acc: BenchAccounts) {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 1 });
  try {
    const { rows } = await pool.query<{ id: number; n: number; subkind: string | null }>(
      `SELECT c.id, c.subkind, (SELECT count(*)::int FROM org_units g WHERE g.parent_id = c.id) AS n
         FROM org_units c WHERE c.parent_id = $1 AND c.closed_on IS NULL AND c.kind = 'upper_union'`,
      [acc.provinceId],
    );
    const communes = rows
      .filter((r) => r.subkind === 'commune_union' && r.n > 0)
      .sort((a, b) => a.n - b.n || a.id - b.id);
    const median = communes[Math.floor(communes.length / 2)] ?? rows[0];
    const largest = [...rows].sort((a, b) => b.n - a.n || a.id - b.id)[0];
    const province = await pool.query<{ path: string }>('SELECT path::text FROM org_units WHERE id = $1', [
      acc.provinceId,
    ]);
    const mixProvince = await buildSearchMix(pool, { size: 180, unitPath: province.rows[0]!.path });
    const mixNation = await buildSearchMix(pool, { size: 180 });
    return {
      commune: { id: median?.id ?? acc.provinceId, n: median?.n ?? 0 },
      largest: { id: largest?.id ?? acc.provinceId, n: largest?.n ?? 0 },
      mixProvince,
      mixNation,
    };
  } finally {
    await pool.end();
  }
}

const repeat = (urls: string[], n: number) => Array.from({ length: n }, (_, i) => urls[i % urls.length]!);

/** Dashboard endpoint, or the older counts endpoint when the dashboard is not there. */
async function dashboardPath(t: Target, acc: BenchAccounts) {
  const res = await fetch(`${t.app}/api/org-units/${acc.rootId}/dashboard`, { headers: { cookie: acc.admin.cookie } });
  await res.arrayBuffer();
  return res.ok ? 'dashboard' : 'counts';
}

async function measure(t: Target): Promise<Row[]> {
  const acc = await benchAccounts(t.app, t.dbUrl);
  const units = await sampleUnits(t.dbUrl, acc);
  const rows: Row[] = [];
  const latency = (metric: string, target: number, p: Awaited<ReturnType<typeof timeGets>>) =>
    rows.push({ metric, target: `p95 ≤ ${target} ms`, measured: fmt(p), result: check(p.p95 <= target), value: p.p95 });

  // Member search over HTTP: a province officer (their province) and the national administrator (all).
  const search = (mix: { q: string }[]) => mix.map((m) => `/api/members?q=${encodeURIComponent(m.q)}&pageSize=20`);
  latency('member search, province officer', 50, await timeGets(t.app, acc.officer, search(units.mixProvince)));
  latency('member search, national administrator', 50, await timeGets(t.app, acc.admin, search(units.mixNation)));
  for (const kind of [...new Set(units.mixNation.map((m) => m.kind))]) {
    const p = await timeGets(t.app, acc.admin, search(units.mixNation.filter((m) => m.kind === kind)), 0);
    rows.push({
      metric: `  search kind "${kind}" (national)`,
      target: '—',
      measured: fmt(p),
      result: '',
      value: p.p95,
    });
  }

  // Children of a unit, as the officer (their province) and the administrator (the root).
  latency(
    'children of the root (34 provinces …)',
    20,
    await timeGets(t.app, acc.admin, repeat([`/api/org-units/${acc.rootId}/children`], 40)),
  );
  latency(
    'children of a province',
    20,
    await timeGets(t.app, acc.officer, repeat([`/api/org-units/${acc.provinceId}/children`], 40)),
  );
  latency(
    `children of a commune union (median: ${units.commune.n})`,
    20,
    await timeGets(t.app, acc.officer, repeat([`/api/org-units/${units.commune.id}/children`], 40)),
  );
  latency(
    `children of the province's largest upper union (${units.largest.n})`,
    20,
    await timeGets(t.app, acc.officer, repeat([`/api/org-units/${units.largest.id}/children`], 40)),
  );

  // Subtree dashboard counts.
  const dash = await dashboardPath(t, acc);
  latency(
    `dashboard counts (${dash}), province`,
    100,
    await timeGets(t.app, acc.officer, repeat([`/api/org-units/${acc.provinceId}/${dash}`], 20)),
  );
  latency(
    `dashboard counts (${dash}), nation`,
    300,
    await timeGets(t.app, acc.admin, repeat([`/api/org-units/${acc.rootId}/${dash}`], 20)),
  );

  // Reading the API compared with the framework's limit, same load generator, same run.
  const hello = await throughput(`${t.hello}/hello`);
  const list = await throughput(`${t.app}/api/org-units/${acc.provinceId}/children`, { cookie: acc.officer.cookie });
  const ratio = list.requests.average / hello.requests.average;
  rows.push({
    metric: 'bare Fastify hello-world',
    target: '—',
    measured: `${hello.requests.average.toFixed(0)} req/s`,
    result: '',
  });
  rows.push({
    metric: 'GET /api/org-units/{province}/children as officer',
    target: '—',
    measured: `${list.requests.average.toFixed(0)} req/s (p50 ${list.latency.p50} ms, p99 ${list.latency.p99} ms)`,
    result: '',
    value: list.latency.p50, // compared embedded ÷ server as the p50 under load
  });
  rows.push({
    metric: 'authorised list ÷ hello-world',
    target: '≥ 0.5',
    measured: ratio.toFixed(3),
    result: check(ratio >= 0.5),
  });
  rows.push({ metric: 'server peak RSS (VmHWM)', target: '—', measured: `${t.peakRssMb().toFixed(0)} MB`, result: '' });
  return rows;
}

async function runTarget(spec: TargetSpec): Promise<{ label: string; rows: Row[]; dbUrl: string }> {
  const t = await startTarget(spec);
  try {
    console.error(`benchmarking ${t.label} …`);
    return { label: t.label, rows: await measure(t), dbUrl: t.dbUrl };
  } finally {
    await t.stop();
  }
}

const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const specs: TargetSpec[] = [];
if (args.db) specs.push({ kind: 'existing', url: args.db });
if (args.embedded) specs.push({ kind: 'embedded', dataDir: args.embedded });
if (specs.length === 0) {
  if (!base) throw new Error('Give --db URL or --embedded DIR, or set TEST_DATABASE_URL for a fresh demo database.');
  specs.push({ kind: 'fresh', baseUrl: base });
}

const started = new Date().toISOString();
const results = [];
for (const spec of specs) results.push(await runTarget(spec));

// Import/export and flash registrations make their own databases on a server; run them once.
const server = args.db ?? base;
const extra: Row[] = [];
if (server && !args['no-import'])
  extra.push(...(await runSubBench('bench/member-import.ts', 'import', { BENCH_DATABASE_URL: server })));
if (server && !args['no-flash'])
  extra.push(...(await runSubBench('bench/flash-registration.ts', 'flash', { BENCH_DATABASE_URL: server })));
// The mixed national load needs a seeded dataset: only on --db, and only when asked.
if (args.db && args.mixed)
  extra.push(...(await runSubBench('bench/mixed-load.ts', 'mixed', {}, ['--db', args.db, '--processes', '1,2'])));

console.log(
  `\n## ${started.slice(0, 16).replace('T', ' ')} UTC — ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `Node ${process.version}; autocannon ${CONNECTIONS} connections × ${DURATION} s; latencies: sequential HTTP calls`,
);
for (const r of results) printTable(r.label, r.rows);
if (results.length === 2)
  printTable('embedded ÷ server (same metrics)', compareRows(results[0]!.rows, results[1]!.rows));
if (extra.length)
  printTable('import, export, flash registrations (own fresh databases on the server), mixed load', extra);
if (args.out) fs.writeFileSync(args.out, JSON.stringify({ started, results, extra }, null, 2));
const failed = [...results.flatMap((r) => r.rows), ...extra].filter((r) => r.result === 'FAIL').length;
console.log(`\n${failed} metric(s) missed their target.`);
