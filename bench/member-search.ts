// Member search benchmark (issue 7): p50/p95/p99 per kind of query over a sampled mix (search-mix.ts),
// as the national administrator and as an officer of one province. Target: p95 ≤ 50 ms.
//
// Use case directly (and query plans):
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_national \
//     node --import tsx bench/member-search.ts [--province LDLD-44] [--size 200] [--rounds 2] [--no-plans | --plans-only]
//     [--without-letter ư]   (leave out sampled names with that letter)
// Over HTTP (a running server on that database; the mix is still sampled from BENCH_DATABASE_URL):
//   … bench/member-search.ts --http http://127.0.0.1:3100 --user admin --password … \
//     [--officer-user qt.canbo --officer-password …]
// Plans: EXPLAIN (ANALYZE, BUFFERS) of every statement one query of each kind runs, for both actors,
// in bench/plans/member-search-<kind>.txt. Read-only: the benchmark writes nothing to the database.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { memberListQuery } from '@congdoan/domain';
import { loadConfig } from '../apps/api/src/config';
import { systemActor, type Actor } from '../apps/api/src/context/actor';
import { makeCtx } from '../apps/api/src/context/context';
import { findMembers } from '../apps/api/src/modules/members/find-members';
import { buildSearchMix, searchKinds, type MixQuery } from './search-mix';

const args = process.argv.slice(2);
const opt = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('set BENCH_DATABASE_URL to the database to search (e.g. …/congdoan_national)');
const size = Number(opt('size', '200'));
const rounds = Number(opt('rounds', '2'));
const http = opt('http');
// as the app's pool (db/open.ts): jit off
const pool = new pg.Pool({ connectionString: url, max: 4, options: '-c jit=off' });

// The province: --province CODE, else the provincial federation holding most members of a sample.
const provinceCode =
  opt('province') ??
  (
    await pool.query<{ code: string }>(
      `SELECT f.code FROM persons p TABLESAMPLE SYSTEM (0.2) REPEATABLE (1)
         JOIN org_units u ON u.id = p.unit_id
         JOIN org_units f ON f.kind = 'provincial_federation' AND u.path <@ f.path
        GROUP BY f.code ORDER BY count(*) DESC, f.code LIMIT 1`,
    )
  ).rows[0]?.code;
if (!provinceCode) throw new Error('no provincial federation with members');
const { rows: prov } = await pool.query<{ id: number; path: string; name: string }>(
  'SELECT id, path::text AS path, name FROM org_units WHERE code = $1',
  [provinceCode],
);
const province = prov[0]!;

type Run = { label: string; search: (q: string) => Promise<unknown>; mix: MixQuery[] };
const runs: Run[] = [];
const national = await systemActor(pool, 'bench');
const officer: Actor = {
  ...national,
  grants: [
    { id: 0, role: 'officer', unitId: province.id, unitPath: province.path, unitCode: provinceCode, unitName: '' },
  ],
};
const withoutLetter = opt('without-letter');
const nationalMix = await buildSearchMix(pool, { size, withoutLetter });
const provinceMix = await buildSearchMix(pool, { size, unitPath: province.path, withoutLetter });

function direct(actor: Actor, db: pg.Pool = pool) {
  const ctx = makeCtx({
    pool: db,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    actor,
    source: 'system',
    requestId: null,
  });
  return (q: string) => findMembers(ctx, memberListQuery.parse({ q }));
}
async function overHttp(user: string, password: string) {
  const res = await fetch(`${http}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: user, password }),
  });
  if (!res.ok) throw new Error(`login ${user}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async (q: string) => {
    const r = await fetch(`${http}/api/members?q=${encodeURIComponent(q)}`, { headers: { cookie } });
    if (!r.ok) throw new Error(`GET /api/members?q=${q}: ${r.status} ${await r.text()}`);
    return (await r.json()) as unknown;
  };
}
if (http) {
  runs.push({
    label: `national admin (${opt('user')}, HTTP)`,
    search: await overHttp(opt('user')!, opt('password')!),
    mix: nationalMix,
  });
  if (opt('officer-user'))
    runs.push({
      label: `province officer (${opt('officer-user')}, HTTP)`,
      search: await overHttp(opt('officer-user')!, opt('officer-password')!),
      mix: provinceMix,
    });
} else {
  runs.push({ label: 'national admin (use case)', search: direct(national), mix: nationalMix });
  runs.push({ label: `province officer, ${province.name} (use case)`, search: direct(officer), mix: provinceMix });
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const { rows: count } = await pool.query<{ n: string }>(
  "SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'persons'",
);
console.log(
  `database ${new URL(url).pathname.slice(1)}: ~${Number(count[0]!.n).toLocaleString('en')} persons; ` +
    `province ${provinceCode}; ${rounds} measured round(s) after one warm-up round\n`,
);
let worst = 0;
for (const run of args.includes('--plans-only') ? [] : runs) {
  for (const { q } of run.mix) await run.search(q); // warm-up
  const times = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++)
    for (const { kind, q } of run.mix) {
      const s = performance.now();
      await run.search(q);
      const ms = performance.now() - s;
      for (const key of [kind, 'all']) times.set(key, [...(times.get(key) ?? []), ms]);
    }
  console.log(`### ${run.label}: ${run.mix.length} queries × ${rounds}\n`);
  console.log('| kind | n | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|');
  for (const kind of [...searchKinds, 'all']) {
    const t = (times.get(kind) ?? []).sort((a, b) => a - b);
    if (!t.length) continue;
    if (kind === 'all') worst = Math.max(worst, pct(t, 95));
    console.log(
      `| ${kind} | ${t.length} | ${fmt(pct(t, 50))} | ${fmt(pct(t, 95))} | ${fmt(pct(t, 99))} | ${fmt(t[t.length - 1]!)} |`,
    );
  }
  console.log('');
}
if (!args.includes('--plans-only'))
  console.log(`p95 over the whole mix, worst actor: ${fmt(worst)} (target ≤ 50 ms) ${worst <= 50 ? 'PASS' : 'FAIL'}\n`);

if (!args.includes('--no-plans')) {
  // Record every statement one search runs, then EXPLAIN (ANALYZE, BUFFERS) each of them.
  const dir = path.resolve('bench/plans');
  fs.mkdirSync(dir, { recursive: true });
  const seen: { sql: string; params: unknown[] }[] = [];
  const recorder = new Proxy(pool, {
    get(target, prop) {
      if (prop === 'query')
        return (sql: string, params: unknown[]) => {
          seen.push({ sql, params });
          return target.query(sql, params);
        };
      return Reflect.get(target, prop) as unknown;
    },
  });
  for (const kind of searchKinds) {
    const out: string[] = [];
    for (const [label, actor, mix] of [
      ['national admin', national, nationalMix],
      [`province officer (${provinceCode})`, officer, provinceMix],
    ] as const) {
      const q = mix.find((m) => m.kind === kind)?.q;
      if (!q) continue;
      seen.length = 0;
      const s = performance.now();
      const result = (await direct(actor, recorder)(q)) as { total: number; totalExact: boolean };
      out.push(
        `=== ${label}: GET /api/members?q=${q}  → total ${result.totalExact ? '' : '≥ '}${result.total}, ` +
          `${fmt(performance.now() - s)} for ${seen.length} statements\n`,
      );
      for (const { sql, params } of [...seen]) {
        // the search's own estimate (EXPLAIN) is shown as it ran
        const explain = /^\s*EXPLAIN/.test(sql)
          ? sql.replace('(FORMAT JSON)', '')
          : `EXPLAIN (ANALYZE, BUFFERS) ${sql}`;
        const { rows } = await pool.query<{ 'QUERY PLAN': string }>(explain, params);
        const shown = JSON.stringify(params, (_, v: unknown) =>
          Array.isArray(v) && v.length > 20 ? `[${v.length} values]` : v,
        );
        out.push(
          `--- ${sql.replace(/\s+/g, ' ').trim()}\n--- params: ${shown}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`,
        );
      }
    }
    fs.writeFileSync(path.join(dir, `member-search-${kind}.txt`), out.join('\n'));
  }
  console.log(`plans written to bench/plans/member-search-<kind>.txt`);
}
await pool.end();
