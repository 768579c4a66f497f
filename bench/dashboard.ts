// `BENCH_DATABASE_URL=postgres://…/rollups_bench node --import tsx bench/dashboard.ts`: subtree dashboard
// (issue 7) and children lists on a database filled at national scale — the seeder's, or one built by
// bench/dashboard-setup.ts. Read-only. Calls the use cases directly (no HTTP) as the system
// administrator: p50/p95 of 20 calls after 2 warm-ups, and writes EXPLAIN (ANALYZE, BUFFERS) of each
// query to bench/plans/<name>.txt. Targets: dashboard ≤ 100 ms (province), ≤ 300 ms (nation);
// children ≤ 20 ms, each child's subtree members ≤ 100 ms (as a province's dashboard).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../apps/api/src/config';
import { systemActor } from '../apps/api/src/context/actor';
import { makeCtx } from '../apps/api/src/context/context';
import { childrenMembers, childrenMembersSql } from '../apps/api/src/modules/org-units/children-members';
import { childrenTodaySql, listChildren } from '../apps/api/src/modules/org-units/list-children';
import {
  dashboardMembersQuery,
  dashboardMembersSql,
  dashboardUnitsSql,
  unitDashboard,
} from '../apps/api/src/modules/org-units/unit-dashboard';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('set BENCH_DATABASE_URL to a database filled by the seeder (or bench/dashboard-setup.ts)');
// jit off, as the app's pools run (apps/api/src/db/pools.ts): its compile time would be measured, not the query
const pool = new pg.Pool({ connectionString: url, max: 4, options: '-c jit=off' });
const ctx = makeCtx({
  pool,
  config: loadConfig({ LOG_LEVEL: 'silent' }),
  actor: await systemActor(pool, 'bench'),
  source: 'system',
  requestId: null,
});
const plans = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plans');
fs.mkdirSync(plans, { recursive: true });

type Unit = { id: number; code: string; path: string; depth: number; label: string };
const one = async (label: string, where: string): Promise<Unit> => {
  const { rows } = await pool.query<Unit>(
    `SELECT u.id, u.code, u.path::text AS path, nlevel(u.path) - 1 AS depth FROM org_units u WHERE ${where} LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`no unit for ${label}`);
  return { ...rows[0], label };
};
// The root with the largest tree; the province with the most members; its commune union with most children.
const root = await one(
  'nation',
  `u.parent_id IS NULL ORDER BY (SELECT count(*) FROM org_units c WHERE c.path <@ u.path) DESC`,
);
const province = await one(
  'province',
  `u.parent_id = ${root.id} ORDER BY (SELECT coalesce(sum(n), 0) FROM top_member_stats t WHERE t.top_id = u.id) DESC`,
);
const commune = await one(
  'commune union',
  `u.path <@ '${province.path}' AND nlevel(u.path) = ${province.depth + 2}
   ORDER BY (SELECT count(*) FROM org_units c WHERE c.parent_id = u.id) DESC`,
);

async function time(fn: () => Promise<unknown>, n = 20): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await fn();
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => Math.round(ms[Math.min(n - 1, Math.ceil(q * n) - 1)]! * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

async function explain(name: string, sql: string, params: unknown[]): Promise<void> {
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  fs.writeFileSync(path.join(plans, `${name}.txt`), rows.map((r) => r['QUERY PLAN']).join('\n') + '\n');
}

const scopes = ['' + root.path];
const stats = (
  await pool.query<{ memberships: string; units: number; unit_rows: string; top_rows: string }>(
    `SELECT (SELECT sum(n) FROM unit_member_stats)::text AS memberships, (SELECT count(*)::int FROM org_units) AS units,
            (SELECT count(*) FROM unit_member_stats)::text AS unit_rows, (SELECT count(*) FROM top_member_stats)::text AS top_rows`,
  )
).rows[0]!;
console.log(
  `database: ${Number(stats.memberships).toLocaleString('en')} memberships, ${stats.units.toLocaleString('en')} units; ` +
    `rollup rows: ${Number(stats.unit_rows).toLocaleString('en')} unit, ${Number(stats.top_rows).toLocaleString('en')} top\n`,
);
console.log('| call | unit | result | p50 | p95 | target |\n|---|---|---|---|---|---|');
const row = (call: string, u: Unit, result: string, t: { p50: number; p95: number }, target: string) =>
  console.log(`| ${call} | ${u.label} (${u.code}) | ${result} | ${t.p50} ms | ${t.p95} ms | ${target} |`);

for (const [u, target] of [
  [root, '≤ 300 ms'],
  [province, '≤ 100 ms'],
  [commune, '—'],
] as const) {
  const d = await unitDashboard(ctx, u.id);
  row(
    'dashboard',
    u,
    `${d.members.toLocaleString('en')} members, ${d.units.toLocaleString('en')} units`,
    await time(() => unitDashboard(ctx, u.id)),
    target,
  );
  const name = u.label.replace(/ /g, '-');
  await explain(`dashboard-members-${name}`, ...dashboardMembersQuery(u));
  await explain(`dashboard-units-${name}`, dashboardUnitsSql, [u.path, u.id]);
}
// Why the top level exists: the same member sums from the unit rows alone (one level, summed at query time).
for (const u of [root, province]) {
  const run = () => pool.query(dashboardMembersSql.subtree, [u.path]);
  row('members from unit rows only (no top level)', u, 'same sums', await time(run), '(comparison)');
  await explain(`dashboard-members-${u.label.replace(/ /g, '-')}-unit-rows-only`, dashboardMembersSql.subtree, [
    u.path,
  ]);
}
for (const u of [root, province, commune]) {
  const items = await listChildren(ctx, u.id);
  row('children', u, `${items.length} children`, await time(() => listChildren(ctx, u.id)), '≤ 20 ms');
  await explain(`children-${u.label.replace(/ /g, '-')}`, childrenTodaySql, [u.id, scopes]);
  // each child's subtree members (the tree's figure, issue 15): the parent's subtree in unit rows, or top rows
  const figures = await childrenMembers(ctx, u.id);
  const sum = figures.reduce((a, f) => a + f.members, 0);
  row(
    "children's subtree members",
    u,
    `${figures.length} figures, Σ ${sum.toLocaleString('en')}`,
    await time(() => childrenMembers(ctx, u.id)),
    '≤ 100 ms',
  );
  await explain(`children-members-${u.label.replace(/ /g, '-')}`, childrenMembersSql, [u.id, scopes]);
}
await pool.end();
