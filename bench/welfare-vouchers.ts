// Tết Market at national size (issue 17): a programme of N vouchers (default 200,000 × 500,000 VND) owned by the
// confederation, quotas allocated over the provinces and their units through the API (proportional proposal, then
// allocate), N beneficiaries nominated and approved (set-based SQL: the bulk .xlsx nomination is another branch's
// work), the codes issued by the real job (target < 60 s), then R redemptions over HTTP from shops' links, each
// code sent twice at once (target: 0 double redemptions, p99 ≤ 250 ms). Not part of npm test.
//
//   createdb vouchers && DATABASE_URL=postgres://…/vouchers npx congdoan seed synthetic --members 250000
//   BENCH_DATABASE_URL=postgres://…/vouchers npm run bench:vouchers
//   VOUCHER_PROGRAMME=<id> … reruns the issue and the redemptions on a programme an earlier run prepared.
//
// VOUCHERS (200000), REDEEM (20000 codes), REDEEM_CONCURRENCY (16, as the flash registration).
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { diskFileStore, loadConfig, runNextJob } from '@congdoan/api';
import { benchAccounts, type Session } from './lib/accounts';

const N = Number(process.env.VOUCHERS ?? 200_000);
const R = Number(process.env.REDEEM ?? 20_000);
const CONCURRENCY = Number(process.env.REDEEM_CONCURRENCY ?? 16);
const dbUrl = process.env.BENCH_DATABASE_URL;
if (!dbUrl) throw new Error('set BENCH_DATABASE_URL to a database loaded by `congdoan seed synthetic`');

const child = fork('bench/server.ts', {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, BENCH_TARGET: 'existing', BENCH_DATABASE_URL: dbUrl },
});
const ready = await new Promise<{ appPort: number }>((resolve) =>
  child.once('message', (m) => resolve(m as { appPort: number })),
);
const app = `http://127.0.0.1:${ready.appPort}`;
// Whatever happens, do not leave the server running.
process.on('exit', () => child.kill());
const db = new pg.Pool({ connectionString: dbUrl, max: 4 });
const { admin, rootId } = await benchAccounts(app, dbUrl);

async function call<T>(s: Session, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${app}${url}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}
const seconds = (since: number) => (performance.now() - since) / 1000;
const timings: [string, string, string, string][] = [];
const ok = (b: boolean) => (b ? 'PASS' : 'FAIL');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

/** Steps 1–2: a new programme with quotas, nominations and approvals. */
async function prepare(): Promise<{ programmeId: number; provinces: number[]; nominated: number }> {
  // 1. The programme and its quotas down two levels.
  let t0 = performance.now();
  const { id: programmeId } = await call<{ id: number }>(admin, 'POST', '/api/welfare/programmes', {
    unitId: rootId,
    kind: 'tet_market_voucher',
    name: `Chợ Tết Công đoàn 2026 — bench ${new Date().toISOString()}`,
    year: Number(day(0).slice(0, 4)),
    nominationFrom: day(-1),
    nominationTo: day(30),
    handoutFrom: day(-1),
    handoutTo: day(40),
    benefitForm: 'voucher',
    benefitVnd: 500_000,
    totalCount: N,
    totalBudgetVnd: N * 500_000,
    funding: [{ sourceKind: 'union_fund', amountVnd: N * 500_000 }],
  });
  type Proposal = { items: { unitId: number; count: number; budgetVnd: number }[] };
  async function allocate(unitId: number): Promise<Proposal['items']> {
    const { items } = await call<Proposal>(
      admin,
      'GET',
      `/api/welfare/programmes/${programmeId}/quota-proposal?unitId=${unitId}&method=proportional`,
    );
    const given = items
      .filter((i) => i.count > 0)
      .map((i) => ({ unitId: i.unitId, count: i.count, budgetVnd: i.budgetVnd }));
    if (given.length) {
      await call(admin, 'PUT', `/api/welfare/programmes/${programmeId}/quotas`, { parentUnitId: unitId, items: given });
    }
    return given;
  }
  const provinces = await allocate(rootId);
  let units = 0;
  for (const p of provinces) units += (await allocate(p.unitId)).length;
  timings.push([
    'allocate quotas',
    '—',
    `${provinces.length} provinces, ${units} units: ${seconds(t0).toFixed(1)} s`,
    '',
  ]);

  // 2. Nominate and approve (set-based, audited by the row triggers like any write).
  t0 = performance.now();
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    await c.query(
      "SELECT set_config('app.action', 'welfare_nomination.bench', true), set_config('app.source', 'cli', true)",
    );
    await c.query(
      `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, phone, reason, amount_vnd,
         status, level_unit_id)
       SELECT $1, x.quota_unit, x.id, x.full_name, x.cccd, x.phone, 'Công nhân xa quê, thu nhập thấp', 500000,
              'submitted', $2
         FROM (SELECT q.unit_id AS quota_unit, q.count, pe.id, pe.full_name, pe.cccd, pe.phone,
                      row_number() OVER (PARTITION BY q.unit_id ORDER BY pe.id) AS rn
                 FROM welfare_quotas q JOIN org_units qu ON qu.id = q.unit_id
                 JOIN org_units u ON u.path <@ qu.path JOIN persons pe ON pe.unit_id = u.id
                WHERE q.programme_id = $1 AND nlevel(qu.path) = 3 AND pe.member_status = 'active'
                  AND pe.merged_into_id IS NULL AND pe.phone ~ '^0[0-9]{9}$') x
        WHERE x.rn <= x.count`,
      [programmeId, rootId],
    );
    await c.query('COMMIT');
  } finally {
    c.release();
  }
  const nominated = (
    await db.query<{ n: number }>('SELECT count(*)::int AS n FROM welfare_nominations WHERE programme_id = $1', [
      programmeId,
    ])
  ).rows[0]!.n;
  timings.push(['nominate', `${N}`, `${nominated} in ${seconds(t0).toFixed(1)} s`, '']);
  t0 = performance.now();
  await db.query(
    `WITH a AS (UPDATE welfare_nominations SET status = 'approved', level_unit_id = NULL, updated_at = now()
                 WHERE programme_id = $1 AND status = 'submitted' RETURNING id)
     INSERT INTO welfare_nomination_reviews (nomination_id, level_unit_id, decision) SELECT id, $2, 'approved' FROM a`,
    [programmeId, rootId],
  );
  timings.push(['approve', '—', `${seconds(t0).toFixed(1)} s`, '']);

  return { programmeId, provinces: provinces.map((p) => p.unitId), nominated };
}

/**
 * VOUCHER_PROGRAMME=<id> reruns steps 3–4 on a programme an earlier run prepared: its codes and shop links are
 * removed first (bench data; triggers off for the cleanup only, so the audit log keeps the earlier rows).
 */
async function reuse(programmeId: number): Promise<{ programmeId: number; provinces: number[]; nominated: number }> {
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    await c.query("SET LOCAL session_replication_role = 'replica'");
    await c.query('DELETE FROM welfare_vouchers WHERE programme_id = $1', [programmeId]);
    await c.query('DELETE FROM welfare_voucher_merchants WHERE programme_id = $1', [programmeId]);
    await c.query('COMMIT');
  } finally {
    c.release();
  }
  const { rows } = await db.query<{ id: number }>(
    `SELECT q.unit_id AS id FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id
      WHERE q.programme_id = $1 AND nlevel(u.path) = 2 ORDER BY q.unit_id`,
    [programmeId],
  );
  const { rows: n } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM welfare_nominations WHERE programme_id = $1 AND status = 'approved'",
    [programmeId],
  );
  return { programmeId, provinces: rows.map((r) => r.id), nominated: n[0]!.n };
}

const reused = Number(process.env.VOUCHER_PROGRAMME ?? 0);
const { programmeId, provinces, nominated } = reused ? await reuse(reused) : await prepare();
let t0 = performance.now();

// 3. Issue the codes: the route queues the job, this process runs it as the runner would.
t0 = performance.now();
const { jobId } = await call<{ jobId: number }>(
  admin,
  'POST',
  `/api/welfare/programmes/${programmeId}/vouchers/issue`,
  {},
);
const config = loadConfig({ LOG_LEVEL: 'silent' });
const jobPool = new pg.Pool({ connectionString: dbUrl, max: 3 });
await runNextJob(jobPool, config, diskFileStore(path.join(os.tmpdir(), 'congdoan-bench-files')));
const issueSeconds = seconds(t0);
const { rows: job } = await db.query<{ status: string; result: { issued: number }; s: number }>(
  'SELECT status, result, extract(epoch FROM finished_at - started_at)::float AS s FROM jobs WHERE id = $1',
  [jobId],
);
const issued = job[0]!.result?.issued ?? 0;
timings.push([
  'issue codes (job)',
  '< 60 s',
  `${issued} codes: job ${job[0]!.s.toFixed(1)} s, request → done ${issueSeconds.toFixed(1)} s (${job[0]!.status})`,
  ok(job[0]!.status === 'succeeded' && issued === nominated && job[0]!.s < 60),
]);
const { rows: dup } = await db.query<{ n: number }>(
  'SELECT count(*) - count(DISTINCT code) AS n FROM welfare_vouchers WHERE programme_id = $1',
  [programmeId],
);
timings.push(['duplicate codes', '0', String(dup[0]!.n), ok(Number(dup[0]!.n) === 0)]);

// 4. Shops redeem R codes, each sent twice at once, spread over one shop per province.
const tokens: string[] = [];
for (const unitId of provinces) {
  const { token } = await call<{ token: string }>(
    admin,
    'POST',
    `/api/welfare/programmes/${programmeId}/voucher-merchants`,
    { name: `Cửa hàng ${unitId}` },
  );
  tokens.push(token);
}
const { rows: codes } = await db.query<{ code: string; phone: string }>(
  'SELECT code, phone FROM welfare_vouchers WHERE programme_id = $1 ORDER BY random() LIMIT $2',
  [programmeId, R],
);
const statuses: Record<string, number> = {};
const wins = new Map<string, number>();
let next = 0;
t0 = performance.now();
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  autocannon(
    {
      url: app,
      connections: CONCURRENCY,
      amount: codes.length * 2,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => {
            const i = next++;
            const v = codes[Math.floor(i / 2) % codes.length]!;
            // the same code twice in a row (both in flight together), through two different shops
            return {
              ...req,
              path: `/api/welfare/voucher-shops/${tokens[i % tokens.length]}/redemptions`,
              body: JSON.stringify({ code: v.code, phone: v.phone.slice(-4) }),
            };
          },
          onResponse: (status, body) => {
            let parsed: { code?: string; error?: { code: string } } = {};
            try {
              parsed = JSON.parse(body) as typeof parsed;
            } catch {
              // counted by status
            }
            const key = status === 200 ? '200' : `${status} ${parsed.error?.code ?? ''}`.trim();
            statuses[key] = (statuses[key] ?? 0) + 1;
            if (status === 200 && parsed.code) wins.set(parsed.code, (wins.get(parsed.code) ?? 0) + 1);
          },
        },
      ],
    },
    (error: unknown, res) =>
      error ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error })) : resolve(res),
  );
});
const redeemSeconds = seconds(t0);
const doubles = [...wins.values()].filter((n) => n > 1).length;
const { rows: redeemedDb } = await db.query<{ n: number; audited: number }>(
  `SELECT count(*)::int AS n,
          (SELECT count(*)::int FROM audit_log WHERE action = 'welfare_voucher.redeem' AND entity_type = 'welfare_vouchers'
              AND entity_id = ANY(SELECT id::text FROM welfare_vouchers WHERE programme_id = $1)) AS audited
     FROM welfare_vouchers WHERE programme_id = $1 AND redeemed_at IS NOT NULL`,
  [programmeId],
);
const unexpected = Object.entries(statuses)
  .filter(([k]) => k !== '200' && k !== '409 VOUCHER_ALREADY_REDEEMED')
  .reduce((a, [, n]) => a + n, 0);
timings.push([
  'redemptions',
  '—',
  `${codes.length * 2} requests for ${codes.length} codes in ${redeemSeconds.toFixed(1)} s (${(
    (codes.length * 2) /
    redeemSeconds
  ).toFixed(0)}/s), ${CONCURRENCY} connections`,
  '',
]);
timings.push(['latency p50 / p97.5', '—', `${result.latency.p50} / ${result.latency.p97_5} ms`, '']);
timings.push(['latency p99', '≤ 250 ms', `${result.latency.p99} ms`, ok(result.latency.p99 <= 250)]);
timings.push([
  'codes redeemed (answers 200 / database)',
  `${codes.length}`,
  `${wins.size} / ${redeemedDb[0]!.n}`,
  ok(wins.size === codes.length && redeemedDb[0]!.n === codes.length),
]);
timings.push(['double redemptions', '0', String(doubles), ok(doubles === 0)]);
timings.push([
  'errors / timeouts / unexpected answers',
  '0',
  `${result.errors} / ${result.timeouts} / ${unexpected}`,
  ok(result.errors + result.timeouts + unexpected === 0),
]);
timings.push([
  'redemptions audited',
  `${codes.length}`,
  String(redeemedDb[0]!.audited),
  ok(redeemedDb[0]!.audited === codes.length),
]);

console.log(`\nTết Market vouchers: ${N} vouchers, ${codes.length} codes redeemed (each sent twice)`);
console.log('responses:', statuses);
console.log('| step | target | measured | result |\n|---|---|---|---|');
for (const row of timings) console.log(`| ${row.join(' | ')} |`);

await jobPool.end();
await db.end();
child.send('stop');
await new Promise((resolve) => child.once('exit', resolve));
process.exit(timings.some((r) => r[3] === 'FAIL') ? 1 : 0);
