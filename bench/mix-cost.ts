// CPU per request of each kind in the mixed national load (issue 12): the API process's CPU, the CPU of the
// PostgreSQL backends of the target database and the statements they ran, divided by the requests of one kind
// sent alone, a few at a time. Robust on a shared machine (CPU time, not throughput), so the cost of a change can
// be compared run to run. Not part of npm test.
//   npm run bench:mix-cost -- --db postgres://…/congdoan_national [--requests 150] [--concurrency 4]
//     [--officials 40] [--only regexp] [--import-rows 100000] [--port 3650] [--out FILE.json]
// --import-rows N also imports an N-row .xlsx into a grassroots union of LĐLĐ Quảng Trị (LDLD-44) alone, and
// reports the CPU of its upload, check and commit (API process, job process, PostgreSQL; 0 = no import).
// The API runs as `npm start` runs it (compiled bundle, its pools, its job process). Statements come from
// pg_stat_statements when the server loads it (shared_preload_libraries), else are not counted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi, startApis, stopApis } from './lib/api-processes';
import { ensureUser, login } from './lib/accounts';
import { Recorder } from './lib/http-client';
import { runImport } from './lib/import-driver';
import { writeMemberSheet } from './lib/member-sheet';
import { percentiles } from './lib/latency';
import { activate, mix, type ActiveOfficial } from './lib/officials-run';
import { createOfficials, otherFederations } from './lib/officials-setup';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    requests: { type: 'string', default: '150' },
    concurrency: { type: 'string', default: '4' },
    officials: { type: 'string', default: '40' },
    only: { type: 'string' },
    'import-rows': { type: 'string', default: '0' },
    port: { type: 'string', default: '3650' },
    out: { type: 'string' },
  },
});
if (!args.db) throw new Error('Give --db postgres://…/congdoan_national');
const REQUESTS = Number(args.requests);
const CONCURRENCY = Number(args.concurrency);
const log = (s: string) => console.error(`[mix-cost ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** CPU seconds (user + system) of a process and its threads, from /proc (100 ticks/s); 0 once it has exited. */
function cpuOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
const childrenOf = (pid: number): number[] => {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};

type Snapshot = { api: number; jobs: number; pg: Map<number, number>; statements: number; at: number };

async function snapshot(pool: pg.Pool, apiPid: number, hasStatements: boolean): Promise<Snapshot> {
  // Every backend of the target database except this benchmark's own (application_name 'mix-cost').
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND coalesce(application_name, '') <> 'mix-cost'`,
  );
  let statements = 0;
  if (hasStatements) {
    const s = await pool.query<{ n: string }>(
      `SELECT coalesce(sum(calls), 0)::text AS n FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = current_database() AND s.query NOT LIKE '%pg_stat_%'`,
    );
    statements = Number(s.rows[0]!.n);
  }
  return {
    api: cpuOf(apiPid),
    jobs: childrenOf(apiPid).reduce((sum, p) => sum + cpuOf(p), 0),
    pg: new Map(rows.map((r) => [r.pid, cpuOf(r.pid)])),
    statements,
    at: performance.now(),
  };
}

type Cost = { apiMs: number; jobsMs: number; pgMs: number; statements: number; seconds: number };
function costBetween(a: Snapshot, b: Snapshot): Cost {
  // A backend opened during the phase counts from zero; one closed during it is lost (pool idle timeout: rare).
  const pgS = [...b.pg].reduce((s, [pid, t]) => s + t - (a.pg.get(pid) ?? 0), 0);
  return {
    apiMs: (b.api - a.api) * 1000,
    jobsMs: (b.jobs - a.jobs) * 1000,
    pgMs: pgS * 1000,
    statements: b.statements - a.statements,
    seconds: (b.at - a.at) / 1000,
  };
}

type Kind = { name: string; write: boolean; run: (o: ActiveOfficial, rec: Recorder, n: number) => Promise<boolean> };

const pickOf = <T>(xs: T[], n: number) => xs[n % xs.length]!;
/** The official's search strings of one kind (officials-setup.ts: index mod 5 → full name, CCCD, phone, "family given"). */
const searchesOfKind = (o: ActiveOfficial, k: number[]) => o.searches.filter((_, i) => k.includes(i % 5));
const search = (name: string, kinds: number[]): Kind => ({
  name,
  write: false,
  run: async (o, rec, n) => {
    const q = pickOf(searchesOfKind(o, kinds), n);
    await rec.call(name, false, `${o.api}/api/members?q=${encodeURIComponent(q)}&pageSize=20`, { session: o.session });
    return true;
  },
});

const kinds: Kind[] = [
  search('search: full name', [0, 4]),
  search('search: family + given name', [3]),
  search('search: CCCD', [1]),
  search('search: phone', [2]),
  {
    name: 'member page',
    write: false,
    run: async (o, rec, n) => {
      await rec.call('member page', false, `${o.api}/api/members/${pickOf(o.pagePeople, n)}`, { session: o.session });
      return true;
    },
  },
  {
    name: 'member list',
    write: false,
    run: async (o, rec, n) => {
      const url = `${o.api}/api/members?unit=${o.homeUnitId}&page=${1 + (n % 3)}&pageSize=50`;
      await rec.call('member list', false, url, { session: o.session });
      return true;
    },
  },
  {
    name: 'member edit',
    write: true,
    run: async (o, rec, n) => {
      const e = pickOf(o.editPeople, n);
      const occupation = typeof e.person.occupation === 'string' ? e.person.occupation : 'Công nhân';
      await rec.call('member edit', true, `${o.api}/api/members/${e.id}`, {
        method: 'PUT',
        session: o.session,
        json: { person: { ...e.person, occupation: `${occupation} ·${n % 10}` }, confirmCccdMismatch: true },
      });
      return true;
    },
  },
  {
    name: 'petition save',
    write: true,
    run: async (o, rec, n) => {
      await rec.call('petition save', true, `${o.api}/api/petitions`, {
        method: 'POST',
        session: o.session,
        json: {
          unitId: o.workUnitId,
          title: `Đề nghị bố trí nhà xe cho công nhân ca đêm (${n})`,
          content: 'Công nhân ca đêm phải gửi xe ngoài cổng, đề nghị công ty bố trí nhà xe có mái che và bảo vệ.',
          topicId: o.topicId,
          raisedBy: 'unit',
          addresseeKind: 'employer',
          addresseeName: 'Ban Giám đốc công ty',
          affectedWorkers: 40,
        },
      });
      return true;
    },
  },
  {
    name: 'event registration',
    write: true,
    run: async (o, rec) => {
      const personId = o.registerPeople.shift();
      if (personId === undefined) return false;
      await rec.call('event registration', true, `${o.api}/api/events/${o.eventId}/registrations`, {
        method: 'POST',
        session: o.session,
        json: { personId },
      });
      return true;
    },
  },
  {
    name: 'transfer',
    write: true,
    run: async (o, rec) => {
      const personId = o.transferPeople.shift();
      if (personId === undefined) return false;
      await rec.call('transfer', true, `${o.api}/api/members/${personId}/transfer`, {
        method: 'POST',
        session: o.session,
        json: { toUnitId: o.transferTo, reason: 'Chuyển nơi làm việc' },
      });
      return true;
    },
  },
  {
    name: 'login',
    write: true,
    run: async (o, rec) => {
      await rec.call('login', true, `${o.api}/api/auth/login`, {
        method: 'POST',
        json: { login: o.username, password: o.password },
      });
      return true;
    },
  },
];

/** `count` requests of one kind, `concurrency` at a time, spread over the officials in turn. */
async function drive(kind: Kind, officials: ActiveOfficial[], rec: Recorder, count: number) {
  let next = 0;
  let sent = 0;
  let dry = 0; // officials with nothing left (registrations, transfers)
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < count && dry < officials.length) {
        const n = next++;
        const o = officials[n % officials.length]!;
        if (await kind.run(o, rec, Math.floor(n / officials.length))) sent++;
        else dry++;
      }
    }),
  );
  return sent;
}

const pool = new pg.Pool({ connectionString: args.db, max: 4, application_name: 'mix-cost' });
const hasStatements = (
  await pool.query<{ ok: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements')
        AND current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' AS ok`,
  )
).rows[0]!.ok;
if (!hasStatements) log('pg_stat_statements not loaded: statements per request not counted');

buildApi();
const [api] = await startApis(args.db, 1, Number(args.port));
const tag = `${new Date().toISOString().replace(/\D/g, '').slice(2, 14)}c`;
const IMPORT_ROWS = Number(args['import-rows']);
type PhaseCost = { phase: string } & Cost;
let importCost: { rows: number; status: string; phases: PhaseCost[] } | undefined;

/** Upload, check and commit one N-row import alone, with the CPU of each phase (polling the jobs included). */
async function measureImport(apiUrl: string, apiPid: number) {
  const fed = await pool.query<{ id: number; path: string }>(
    "SELECT id::int, path::text FROM org_units WHERE code = 'LDLD-44'",
  );
  const unit = await pool.query<{ id: number }>(
    `SELECT u.id::int FROM org_units u WHERE u.kind = 'grassroots_union' AND u.closed_on IS NULL AND u.path <@ $1::ltree
        AND NOT EXISTS (SELECT 1 FROM member_imports i WHERE i.unit_id = u.id) ORDER BY md5(u.id::text || $2) LIMIT 1`,
    [fed.rows[0]!.path, tag],
  );
  const importer = `bench.${tag}.importer`;
  const session = await login(apiUrl, importer, await ensureUser(pool, importer, 'officer', fed.rows[0]!.id));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-mix-cost-'));
  const file = path.join(tmp, 'danh-sach-doan-vien.xlsx');
  await writeMemberSheet(file, {
    rows: IMPORT_ROWS,
    base: Number(tag.slice(4, 10)) * 7,
    takenCccd: async (c) =>
      new Set(
        (await pool.query<{ cccd: string }>('SELECT cccd FROM persons WHERE cccd = ANY($1::text[])', [c])).rows.map(
          (r) => r.cccd,
        ),
      ),
  });
  log(`${IMPORT_ROWS}-row .xlsx written; import into unit ${unit.rows[0]!.id}`);
  const phases: PhaseCost[] = [];
  let mark = await snapshot(pool, apiPid, hasStatements);
  const next = async (phase: string) => {
    const now = await snapshot(pool, apiPid, hasStatements);
    phases.push({ phase, ...costBetween(mark, now) });
    mark = now;
  };
  const cap = new AbortController();
  const capTimer = setTimeout(() => cap.abort(), 900_000);
  // The driver reports when the commit is queued: everything before it is upload + check.
  const result = await runImport({
    api: apiUrl,
    session,
    unitId: unit.rows[0]!.id,
    file,
    mode: 'all_or_nothing',
    timeoutMs: 60_000,
    cap: cap.signal,
    onCommitQueued: () => void next('upload + check'),
  });
  clearTimeout(capTimer);
  await next('commit');
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`import ${result.status}: ${result.detail}`);
  return {
    rows: IMPORT_ROWS,
    status: `${result.status}${result.uploadMs ? `, upload ${(result.uploadMs / 1000).toFixed(1)} s` : ''}${
      result.checkMs ? `, check ${(result.checkMs / 1000).toFixed(1)} s` : ''
    }${result.commitMs ? `, commit ${(result.commitMs / 1000).toFixed(1)} s` : ''}`,
    phases,
  };
}

type Line = { kind: string; requests: number; errors: string; p50: number; p95: number } & Cost;
const lines: Line[] = [];
let idle: Cost | undefined;
try {
  const feds = await otherFederations(pool, 0);
  const officials = await createOfficials(pool, feds, Number(args.officials), tag, log);
  const topic = await pool.query<{ id: number }>(
    'SELECT id::int FROM petition_topics WHERE active ORDER BY sort, id LIMIT 1',
  );
  const active = await activate(officials, [api!.url], topic.rows[0]!.id);
  // Warm the caches (plans, shared buffers of these officials' units) with a few of every kind, not measured.
  const warm = new Recorder(30_000);
  for (const k of kinds) if (k.name !== 'event registration' && k.name !== 'transfer') await drive(k, active, warm, 20);
  // The process at rest (timers, the audit sealer, the job process polling): subtracted per second of each phase.
  const i0 = await snapshot(pool, api!.pid, hasStatements);
  await new Promise((r) => setTimeout(r, 5000));
  idle = costBetween(i0, await snapshot(pool, api!.pid, hasStatements));
  const only = args.only ? new RegExp(args.only) : null;
  for (const kind of kinds) {
    if (only && !only.test(kind.name)) continue;
    const rec = new Recorder(30_000);
    const a = await snapshot(pool, api!.pid, hasStatements);
    const n = await drive(kind, active, rec, REQUESTS);
    const c = costBetween(a, await snapshot(pool, api!.pid, hasStatements));
    const rest = (v: number, perS: number) => v - perS * c.seconds;
    const ok = rec.samples.filter((s) => s.outcome === 'ok').map((s) => s.ms);
    const errors = rec.samples.filter((s) => s.outcome !== 'ok');
    const p = percentiles(ok);
    lines.push({
      kind: kind.name,
      requests: n,
      errors: errors.length
        ? `${errors.length} (${[...new Set(errors.map((e) => e.detail ?? e.outcome))].join(', ')})`
        : '0',
      p50: p.p50,
      p95: p.p95,
      apiMs: rest(c.apiMs, idle.apiMs / idle.seconds) / n,
      jobsMs: rest(c.jobsMs, idle.jobsMs / idle.seconds) / n,
      pgMs: rest(c.pgMs, idle.pgMs / idle.seconds) / n,
      statements: rest(c.statements, idle.statements / idle.seconds) / n,
      seconds: c.seconds,
    });
    log(`${kind.name}: ${n} requests in ${c.seconds.toFixed(1)} s`);
  }
  if (IMPORT_ROWS > 0) importCost = await measureImport(api!.url, api!.pid);
} finally {
  await stopApis([api!]);
  await pool.end();
}

const f1 = (v: number) => v.toFixed(1);
console.log(
  `\n### CPU per request (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${REQUESTS} requests per kind, ` +
    `${CONCURRENCY} at a time, 1 API process; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')})\n`,
);
console.log(
  '| request | n | errors | API CPU ms | PostgreSQL CPU ms | statements | total CPU ms | latency p50 / p95 ms |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const l of lines)
  console.log(
    `| ${l.kind} | ${l.requests} | ${l.errors} | ${f1(l.apiMs)} | ${f1(l.pgMs)} | ${hasStatements ? f1(l.statements) : '—'} | ` +
      `${f1(l.apiMs + l.pgMs)} | ${l.p50.toFixed(0)} / ${l.p95.toFixed(0)} |`,
  );
// The mix's weights (officials-run.ts); a search is a full name 2 times in 5, each other kind 1 in 5.
const weightOf = (kind: string) =>
  kind.startsWith('search: ')
    ? (mix.find((m) => m.kind === 'search')!.weight * (kind === 'search: full name' ? 2 : 1)) / 5
    : (mix.find((m) => m.kind === kind)?.weight ?? 0);
const measured = lines.filter((l) => weightOf(l.kind) > 0);
const totalWeight = measured.reduce((s, l) => s + weightOf(l.kind), 0);
if (measured.length === kinds.length) {
  const avg = (f: (l: Line) => number) => measured.reduce((s, l) => s + f(l) * weightOf(l.kind), 0) / totalWeight;
  console.log(
    `\nOne request of the mix (weighted): API ${f1(avg((l) => l.apiMs))} ms + PostgreSQL ${f1(avg((l) => l.pgMs))} ms ` +
      `= ${f1(avg((l) => l.apiMs + l.pgMs))} ms of CPU, ${f1(avg((l) => l.statements))} statements; ` +
      `at 60 requests/s: ${f1((avg((l) => l.apiMs + l.pgMs) * 60) / 1000)} cores.`,
  );
}
if (idle)
  console.log(
    `\nAt rest (subtracted): API ${f1(idle.apiMs / idle.seconds)} ms/s, job process ${f1(idle.jobsMs / idle.seconds)} ms/s, ` +
      `PostgreSQL ${f1(idle.pgMs / idle.seconds)} ms/s.`,
  );
if (importCost) {
  console.log(`\n### Import of ${importCost.rows} rows alone (${importCost.status})\n`);
  console.log('| phase | seconds | API CPU s | job process CPU s | PostgreSQL CPU s | statements |');
  console.log('|---|---|---|---|---|---|');
  for (const p of importCost.phases)
    console.log(
      `| ${p.phase} | ${p.seconds.toFixed(1)} | ${(p.apiMs / 1000).toFixed(1)} | ${(p.jobsMs / 1000).toFixed(1)} | ` +
        `${(p.pgMs / 1000).toFixed(1)} | ${p.statements} |`,
    );
}
if (args.out) fs.writeFileSync(args.out, JSON.stringify({ args, lines, idle, importCost }, null, 2));
