// `npm run bench:mixed -- --db postgres://…/congdoan_national`: one province's 100,000-row member import
// (a real .xlsx, uploaded, checked and committed all or nothing over HTTP) while officials of the other
// provinces keep working (issue 12). The API runs as `npm start` runs it, as one process or as several
// (the import goes to the first, officials are spread over all). Not part of npm test.
//   --processes 1,2     one run per count (default 1)
//   --scenario mix      200 officials: searches, member pages and lists, edits, petitions, registrations,
//                       transfers, logins (default); `flash`: the flash registration instead, before the
//                       import (baseline) and again while the import commits
//   --officials 200 --think 3 (mean seconds between one official's actions) --warmup 15 (not measured: a
//   freshly loaded database is cold) --baseline 20 --seconds 60
//   --cap 180 (seconds from the import's upload, and a bound on what comes before it: then everything still
//   waiting is a timeout and the servers are stopped)
//   --timeout 30 (client timeout per request, seconds) --rows 100000 --import-federation LDLD-44
//   --flash-attempts 20000 --flash-places 1000 --flash-concurrency 16 --port 3600 --out FILE.json
// The load generator, PostgreSQL and the API processes share the machine's cores.
import { setMaxListeners } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureUser, login } from './lib/accounts';
import { buildApi, startApis, stopApis, type StopResult } from './lib/api-processes';
import { flashRegistrations, flashTable, type FlashRun } from './lib/flash';
import { Recorder, sleep } from './lib/http-client';
import { runImport } from './lib/import-driver';
import { writeMemberSheet } from './lib/member-sheet';
import { importRows, mixRows } from './lib/mixed-report';
import { activate, runOfficials } from './lib/officials-run';
import { createOfficials, otherFederations } from './lib/officials-setup';
import { printTable, type Row } from './lib/report';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    processes: { type: 'string', default: '1' },
    scenario: { type: 'string', default: 'mix' },
    officials: { type: 'string', default: '200' },
    think: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '15' },
    baseline: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    cap: { type: 'string', default: '180' },
    timeout: { type: 'string', default: '30' },
    rows: { type: 'string', default: '100000' },
    'import-federation': { type: 'string', default: 'LDLD-44' },
    'flash-attempts': { type: 'string', default: '20000' },
    'flash-places': { type: 'string', default: '1000' },
    'flash-concurrency': { type: 'string', default: '16' },
    port: { type: 'string', default: '3600' },
    out: { type: 'string' },
  },
});
if (!args.db)
  throw new Error('Give --db postgres://…/congdoan_national (a database made by `congdoan seed synthetic`)');
if (args.scenario !== 'mix' && args.scenario !== 'flash') throw new Error('--scenario mix | flash');
const dbUrl = args.db;
const ROWS = Number(args.rows);
const CAP_S = Number(args.cap);
const TIMEOUT_MS = Number(args.timeout) * 1000;
const log = (s: string) => console.error(`[mixed ${new Date().toISOString().slice(11, 19)}] ${s}`);

type RunResult = { processes: number; scenario: string; rows: Row[]; stops: StopResult[]; logs: string[] };

/** A grassroots union of the import's federation that has never had an import: no probable matches. */
async function importUnit(pool: pg.Pool, fedPath: string, tag: string) {
  const { rows } = await pool.query<{ id: number }>(
    `SELECT u.id::int FROM org_units u
      WHERE u.kind = 'grassroots_union' AND u.closed_on IS NULL AND u.path <@ $1::ltree
        AND NOT EXISTS (SELECT 1 FROM member_imports i WHERE i.unit_id = u.id)
      ORDER BY md5(u.id::text || $2) LIMIT 1`,
    [fedPath, tag],
  );
  return rows[0]!.id;
}

/**
 * After a run whose servers had to be killed, its import's jobs are left 'running': the next run's job runner
 * would resume them (stale heartbeat) and load that run. End them, as an operator would after giving up.
 */
async function abandonImport(pool: pg.Pool, unitId: number) {
  const { rowCount } = await pool.query(
    `UPDATE jobs SET status = 'failed', finished_at = now(),
            error = '{"code": "BENCH_ABANDONED", "message": "mixed-load benchmark: server stopped at the cap"}'
      WHERE status IN ('queued', 'running')
        AND id IN (SELECT unnest(ARRAY[preview_job_id, commit_job_id]) FROM member_imports WHERE unit_id = $1)`,
    [unitId],
  );
  await pool.query(
    `UPDATE member_imports SET status = 'failed', updated_at = now()
      WHERE unit_id = $1 AND status IN ('checking', 'committing')`,
    [unitId],
  );
  return rowCount ?? 0;
}

/** The largest grassroots union outside the import's federation (a factory), for the flash registration. */
async function flashFactory(pool: pg.Pool, fedPath: string, attempts: number) {
  const { rows } = await pool.query<{ id: number; n: number }>(
    `SELECT u.id::int, count(*)::int AS n FROM persons p JOIN org_units u ON u.id = p.unit_id
      WHERE p.member_status = 'active' AND p.merged_into_id IS NULL AND u.kind = 'grassroots_union'
        AND NOT u.path <@ $1::ltree
      GROUP BY u.id ORDER BY n DESC, u.id LIMIT 1`,
    [fedPath],
  );
  const { rows: people } = await pool.query<{ id: number }>(
    `SELECT id::int FROM persons WHERE unit_id = $1 AND member_status = 'active' AND merged_into_id IS NULL
      ORDER BY id LIMIT $2`,
    [rows[0]!.id, attempts],
  );
  return { unitId: rows[0]!.id, people: people.map((p) => p.id) };
}

async function createEvent(api: string, session: { cookie: string; csrf: string }, unitId: number, places: number) {
  const starts = new Date(Date.now() + 7 * 86400_000);
  const res = await fetch(`${api}/api/events`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({
      unitId,
      title: 'Khám sức khỏe định kỳ (flash, bench)',
      kind: 'health_check',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 8 * 3600_000).toISOString(),
      registration: { capacity: places, waitlist: false },
    }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`create event: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

async function run(processes: number): Promise<RunResult> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 4 });
  const tag = `${new Date().toISOString().replace(/\D/g, '').slice(2, 14)}p${processes}`;
  const apis = await startApis(dbUrl, processes, Number(args.port));
  log(`${processes} API process(es) up: ${apis.map((a) => `${a.url} (pid ${a.pid})`).join(', ')}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-mixed-file-'));
  let stops: StopResult[] = [];
  try {
    const fed = (
      await pool.query<{ id: number; path: string }>('SELECT id::int, path::text FROM org_units WHERE code = $1', [
        args['import-federation'],
      ])
    ).rows[0];
    if (!fed) throw new Error(`no federation with code ${args['import-federation']}`);
    const unitId = await importUnit(pool, fed.path, tag);
    const importer = `bench.${tag}.importer`;
    const importerSession = await login(apis[0]!.url, importer, await ensureUser(pool, importer, 'officer', fed.id));

    const file = path.join(tmp, 'danh-sach-doan-vien.xlsx');
    let t = Date.now();
    await writeMemberSheet(file, {
      rows: ROWS,
      base: Number(tag.slice(4, 10)) * 7,
      takenCccd: async (c) =>
        new Set(
          (await pool.query<{ cccd: string }>('SELECT cccd FROM persons WHERE cccd = ANY($1::text[])', [c])).rows.map(
            (r) => r.cccd,
          ),
        ),
    });
    log(`${ROWS}-row .xlsx written in ${((Date.now() - t) / 1000).toFixed(1)} s; import into unit ${unitId}`);

    const rec = new Recorder(TIMEOUT_MS);
    const rows: Row[] = [];
    const stopLoad = new AbortController();
    const stopSignal = AbortSignal.any([stopLoad.signal, rec.cap.signal]);
    let capTimer: NodeJS.Timeout | undefined;
    const armCap = () => {
      clearTimeout(capTimer);
      capTimer = setTimeout(() => rec.cap.abort(), CAP_S * 1000);
    };
    setMaxListeners(0, stopSignal); // one listener per official's think time

    const loadAtStart = os.loadavg()[0]!;
    if (args.scenario === 'mix') {
      t = Date.now();
      const feds = await otherFederations(pool, fed.id);
      const officials = await createOfficials(pool, feds, Number(args.officials), tag, log);
      const topic = await pool.query<{ id: number }>(
        'SELECT id::int FROM petition_topics WHERE active ORDER BY sort, id LIMIT 1',
      );
      const active = await activate(
        officials,
        apis.map((a) => a.url),
        topic.rows[0]!.id,
      );
      log(
        `${active.length} officials in ${feds.length} federations ready in ${((Date.now() - t) / 1000).toFixed(0)} s`,
      );

      armCap();
      const load = runOfficials(active, rec, Number(args.think) * 1000, stopSignal, Number(tag.slice(6, 12)));
      await sleep(Number(args.warmup) * 1000, rec.cap.signal);
      const t0 = performance.now();
      await sleep(Number(args.baseline) * 1000, rec.cap.signal);
      log('baseline done; import starts');
      armCap();
      const imp = await runImport({
        api: apis[0]!.url,
        session: importerSession,
        unitId,
        file,
        mode: 'all_or_nothing',
        timeoutMs: TIMEOUT_MS,
        cap: rec.cap.signal,
        onCommitQueued: () => log('commit queued'),
      });
      log(`import ${imp.status} after ${((imp.endedAt - imp.startedAt) / 1000).toFixed(1)} s ${imp.detail}`);
      // The officials keep going for --seconds after the commit was queued (or to the end of the import).
      const until = (imp.commitQueuedAt ?? imp.startedAt) + Number(args.seconds) * 1000;
      await sleep(Math.max(0, until - performance.now()), rec.cap.signal);
      stopLoad.abort();
      await load;
      clearTimeout(capTimer);
      rows.push(
        ...mixRows(
          rec.samples, // errors and timeouts count from the first request, warm-up included
          { from: t0, to: imp.startedAt },
          { from: imp.startedAt, to: imp.endedAt },
          imp.commitQueuedAt ? { from: imp.commitQueuedAt, to: imp.endedAt } : null,
        ),
        ...importRows(imp, ROWS, CAP_S),
      );
    } else {
      const attempts = Number(args['flash-attempts']);
      const places = Number(args['flash-places']);
      const factory = await flashFactory(pool, fed.path, attempts);
      const officer = `bench.${tag}.flash`;
      const api = apis[apis.length - 1]!.url; // with two processes the flash is on the one without the import
      const session = await login(api, officer, await ensureUser(pool, officer, 'officer', factory.unitId));
      const before = await createEvent(api, session, factory.unitId, places);
      const during = await createEvent(api, session, factory.unitId, places);
      log(`flash: ${factory.people.length} members of unit ${factory.unitId}, events ${before} and ${during}`);
      armCap();
      const flash = (eventId: number) =>
        flashRegistrations({
          app: api,
          session,
          eventId,
          people: factory.people,
          attempts,
          concurrency: Number(args['flash-concurrency']),
          timeoutSeconds: Number(args.timeout),
          stop: rec.cap.signal,
        });
      const alone = await flash(before);
      log('flash alone done; import starts');
      armCap();
      let beside: Promise<FlashRun> | undefined;
      const imp = await runImport({
        api: apis[0]!.url,
        session: importerSession,
        unitId,
        file,
        mode: 'all_or_nothing',
        timeoutMs: TIMEOUT_MS,
        cap: rec.cap.signal,
        // The flash starts once the commit job has written its first batch: the 1,000 seats go in the first
        // seconds, so they must fall inside the commit's transaction, not in its preparation.
        onCommitWriting: () => {
          log('commit writing; flash starts');
          beside = flash(during);
        },
      });
      log(`import ${imp.status} after ${((imp.endedAt - imp.startedAt) / 1000).toFixed(1)} s ${imp.detail}`);
      const besideRun = beside ? await beside : undefined;
      clearTimeout(capTimer);
      const toRows = (label: string, table: string[][]) =>
        table.map(([metric, target, measured, result]) => ({
          metric: `${label}: ${metric}`,
          target: target!,
          measured: measured!,
          result: result as Row['result'],
        }));
      rows.push(...toRows('flash alone (before the import)', await flashTable(pool, before, places, alone)));
      if (besideRun) {
        rows.push(...toRows('flash while the import commits', await flashTable(pool, during, places, besideRun)));
        rows.push({
          metric: 'flash while the import commits: flash and commit durations',
          target: '—',
          measured: `flash ${besideRun.seconds.toFixed(1)} s, commit ${imp.commitMs === undefined ? 'unfinished' : `${(imp.commitMs / 1000).toFixed(1)} s`}`,
          result: '',
        });
      } else
        rows.push({
          metric: 'flash while the import commits',
          target: 'runs',
          measured: 'the commit never started writing',
          result: 'FAIL',
        });
      rows.push(...importRows(imp, ROWS, CAP_S));
    }
    rows.unshift({
      metric: 'load average (1 min) before the run / at its end',
      target: '—',
      measured: `${loadAtStart.toFixed(1)} / ${os.loadavg()[0]!.toFixed(1)} (other engineers share the machine)`,
      result: '',
    });
    stops = await stopApis(apis);
    const abandoned = await abandonImport(pool, unitId);
    if (abandoned) log(`ended ${abandoned} unfinished job(s) of this run's import`);
    rows.push({
      metric: 'API processes stopped by SIGTERM (else SIGKILL after 15 s)',
      target: '—',
      measured: stops.map((s) => `${s.how} in ${s.seconds.toFixed(1)} s`).join(', '),
      result: '',
    });
    return { processes, scenario: args.scenario, rows, stops, logs: apis.map((a) => a.log) };
  } finally {
    if (stops.length === 0) await stopApis(apis);
    await pool.end();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

buildApi();
const started = new Date().toISOString();
const results: RunResult[] = [];
for (const n of args.processes.split(',').map(Number)) results.push(await run(n));

console.log(
  `\n## ${started.slice(0, 16).replace('T', ' ')} UTC — mixed load (${args.scenario}), ${os.cpus().length} cores ` +
    `shared by PostgreSQL, the API process(es) and the load generator; ${args.officials} officials, think ` +
    `${args.think} s, client timeout ${args.timeout} s, cap ${args.cap} s`,
);
for (const r of results) printTable(`${r.processes} API process(es)`, r.rows);
if (args.out) fs.writeFileSync(args.out, JSON.stringify({ started, args, results }, null, 2));
const failed = results.flatMap((r) => r.rows).filter((r) => r.result === 'FAIL').length;
console.log(`\n${failed} metric(s) missed their target. Server logs: ${results.flatMap((r) => r.logs).join(' ')}`);
