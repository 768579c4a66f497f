// Tết Market at national size (issue 17): a programme of N vouchers (default 200,000 × 500,000 VND) owned by the
// confederation, quotas allocated over the top-level unions through the API (proportional proposal, then allocate),
// then "nominate 200,000 beneficiaries from files": every top-level union (province / sector union) sends ONE
// beneficiary list, a real .xlsx of members picked from the registry in its subtree up to its quota (name, birth
// date, CCCD, phone, reason, amount), uploaded → checked → committed over HTTP like the web app does, LISTS lists at
// a time, the jobs run by JOB_WORKERS job runners in this process (the server process takes HTTP only). Afterwards
// the database must hold exactly N nominations, none duplicated. Approval is set-based SQL (one UPDATE + the review
// rows: the review screens are not what is measured). Then the codes are issued by the real job (target < 60 s) and
// R redemptions go over HTTP from shops' links, each code sent twice at once (target: 0 double redemptions,
// p99 ≤ 250 ms). Not part of npm test.
//
//   createdb vouchers && DATABASE_URL=postgres://…/vouchers npx congdoan seed synthetic --members 250000
//   BENCH_DATABASE_URL=postgres://…/vouchers npm run bench:vouchers
//   VOUCHER_PROGRAMME=<id> … reruns the issue and the redemptions on a programme an earlier run prepared.
//
// VOUCHERS (200000), LISTS (4 lists in flight), JOB_WORKERS (= LISTS), LIST_JOB_CAP_S (1800 s per check / commit
// job), REDEEM (20000 codes), REDEEM_CONCURRENCY (16, as the flash registration). Uploads land in DATA_DIR/files
// (default ./data/files) like the server's, since the job runners here read them.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { diskFileStore, loadConfig, runNextJob, startJobRunner } from '@congdoan/api';
import { benchAccounts, ensureUser, login, type Session } from './lib/accounts';
import { pickBeneficiaries, sendNominationList, writeNominationSheet, type ListResult } from './lib/nomination-lists';

const N = Number(process.env.VOUCHERS ?? 200_000);
const R = Number(process.env.REDEEM ?? 20_000);
const CONCURRENCY = Number(process.env.REDEEM_CONCURRENCY ?? 16);
const LISTS = Number(process.env.LISTS ?? 4);
const JOB_WORKERS = Number(process.env.JOB_WORKERS ?? LISTS);
const LIST_JOB_CAP_S = Number(process.env.LIST_JOB_CAP_S ?? 1800);
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

/** Steps 1–3: a new programme with quotas, nominations from the provinces' lists, approvals. */
async function prepare(): Promise<{ programmeId: number; provinces: number[]; nominated: number }> {
  // 1. The programme and its quotas for the top-level unions.
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
  // One level: each top-level union nominates itself, so it keeps its whole quota ("a list per province").
  const provinces = await allocate(rootId);
  timings.push(['allocate quotas', '—', `${provinces.length} top-level unions: ${seconds(t0).toFixed(1)} s`, '']);

  // 2. The lists, written before the clock starts (a province's office has them ready), then sent.
  t0 = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-bench-lists-'));
  const lists: { unitId: number; file: string; rows: number; officer: Session }[] = [];
  const tag = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const p of provinces) {
    // Each union's own officer sends its list (the upload slots are per user, as in real use).
    const username = `bench.${tag}.list${p.unitId}`;
    const officer = await login(app, username, await ensureUser(db, username, 'officer', p.unitId));
    const rows = await pickBeneficiaries(db, p.unitId, p.count);
    const { rows: u } = await db.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [p.unitId]);
    const file = path.join(dir, `de-nghi-${p.unitId}.xlsx`);
    await writeNominationSheet(file, u[0]!.name, rows);
    lists.push({ unitId: p.unitId, file, rows: rows.length, officer });
  }
  const listRows = lists.reduce((a, l) => a + l.rows, 0);
  const sizes = lists.map((l) => l.rows);
  timings.push([
    'an officer and a list (.xlsx) per union (untimed setup)',
    '—',
    `${lists.length} files, ${listRows} rows (${Math.min(...sizes)}–${Math.max(...sizes)} per file) in ${seconds(t0).toFixed(1)} s`,
    ok(listRows === N),
  ]);

  t0 = performance.now();
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const files = diskFileStore(path.join(config.dataDir, 'files'));
  const runnerPools = Array.from({ length: JOB_WORKERS }, () => ({
    work: new pg.Pool({ connectionString: dbUrl, max: 2 }),
    control: new pg.Pool({ connectionString: dbUrl, max: 1 }),
  }));
  const runners = runnerPools.map((pools) => startJobRunner(pools, config, files, 200));
  // Largest lists first, so the last one in flight is not the longest.
  const queue = [...lists].sort((x, y) => y.rows - x.rows);
  const results: ListResult[] = [];
  await Promise.all(
    Array.from({ length: LISTS }, async () => {
      for (let l = queue.shift(); l; l = queue.shift()) {
        const r = await sendNominationList({
          api: app,
          session: l.officer,
          programmeId,
          unitId: l.unitId,
          file: l.file,
          rows: l.rows,
          timeoutMs: 120_000,
          jobCapMs: LIST_JOB_CAP_S * 1000,
        });
        results.push(r);
        if (r.status !== 'committed') console.log(`list of unit ${r.unitId}: ${r.status} ${r.detail}`);
      }
    }),
  );
  const nominateSeconds = seconds(t0);
  for (const r of runners) await r.stop();
  for (const p of runnerPools) await Promise.all([p.work.end(), p.control.end()]);
  fs.rmSync(dir, { recursive: true, force: true });
  const committed = results.filter((r) => r.status === 'committed');
  const created = committed.reduce((a, r) => a + r.created, 0);
  const slowest = [...committed].sort((x, y) => y.checkMs + y.commitMs - x.checkMs - x.commitMs)[0];
  timings.push([
    'nominate from files (upload → check → commit)',
    `${N}`,
    `${created} rows in ${nominateSeconds.toFixed(1)} s (${(created / nominateSeconds).toFixed(0)} rows/s), ${LISTS} lists at a time, ${JOB_WORKERS} job runners`,
    ok(created === N),
  ]);
  if (slowest) {
    timings.push([
      'largest-time list (upload / check / commit)',
      '—',
      `${slowest.rows} rows: ${(slowest.uploadMs / 1000).toFixed(1)} / ${(slowest.checkMs / 1000).toFixed(1)} / ${(slowest.commitMs / 1000).toFixed(1)} s`,
      '',
    ]);
  }
  timings.push([
    'lists not committed (refused / failed)',
    '0',
    `${results.filter((r) => r.status === 'refused').length} / ${results.filter((r) => r.status === 'failed').length} (uploads told to retry: ${results.reduce((a, r) => a + r.busy, 0)})`,
    ok(committed.length === lists.length),
  ]);
  const { rows: held } = await db.query<{ n: number; people: number; cccds: number; imported: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT person_id)::int AS people, count(DISTINCT cccd)::int AS cccds,
            count(*) FILTER (WHERE source = 'import')::int AS imported
       FROM welfare_nominations WHERE programme_id = $1`,
    [programmeId],
  );
  const h = held[0]!;
  timings.push([
    'nominations in the database (all / distinct people / from lists)',
    `${N}`,
    `${h.n} / ${h.people} / ${h.imported}`,
    ok(h.n === N && h.people === N && h.imported === N),
  ]);
  const nominated = h.n;

  // 3. Approve, set-based (the lists' nominations are drafts; the review steps are not what is measured).
  t0 = performance.now();
  await db.query(
    `WITH a AS (UPDATE welfare_nominations SET status = 'approved', level_unit_id = NULL, updated_at = now()
                 WHERE programme_id = $1 AND status IN ('draft', 'submitted') RETURNING id)
     INSERT INTO welfare_nomination_reviews (nomination_id, level_unit_id, decision) SELECT id, $2, 'approved' FROM a`,
    [programmeId, rootId],
  );
  timings.push(['approve (set-based SQL)', '—', `${seconds(t0).toFixed(1)} s`, '']);

  return { programmeId, provinces: provinces.map((p) => p.unitId), nominated };
}

/**
 * VOUCHER_PROGRAMME=<id> reruns steps 4–5 on a programme an earlier run prepared: its codes and shop links are
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

// 4. Issue the codes: the route queues the job, this process runs it as the runner would.
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

// 5. Shops redeem R codes, each sent twice at once, spread over one shop per province.
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
