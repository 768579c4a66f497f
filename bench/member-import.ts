// `npm run bench:import`: a 100,000-row .xlsx imported end to end through the HTTP API (upload →
// check → commit) against PostgreSQL, the server's peak RSS, and export speed. Not part of npm test.
// Database: BENCH_DATABASE_URL, else TEST_DATABASE_URL (a PostgreSQL server; a database is created and dropped).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApi, startDemoApi } from './lib/api-processes';
import { writeMemberSheet } from './lib/member-sheet';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!dbUrl) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-bench-import-'));
const file = path.join(tmp, 'danh-sach-100k.xlsx');
let t0 = Date.now();
await writeMemberSheet(file, { rows: ROWS });
console.log(`generated ${ROWS} rows (${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB) in ${Date.now() - t0} ms`);

// The server runs as `npm start` runs it (bench/lib/api-processes.ts: compiled bundle, heap flag, job runner)
// on a fresh database holding the demo.
buildApi();
const server = await startDemoApi(dbUrl, 'import', Number(process.env.BENCH_PORT ?? 3630));
const child = server.api.child;
const ready = { password: server.password };
const peakRss = () => {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
};
// Start the peak from here (Linux: 5 > clear_refs
// resets VmHWM), so the peak is the import's.
const rssNow = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
const baseRss = rssNow();
try {
  fs.writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
} catch {
  console.log('could not reset VmHWM (not Linux, or not allowed): the peak includes start-up');
}
// The largest resident size seen per phase (sampled while waiting for jobs).
const phasePeak: Record<string, number> = {};
let phase = 'upload';
const sample = setInterval(() => {
  phasePeak[phase] = Math.max(phasePeak[phase] ?? 0, rssNow());
}, 100);
const base = server.api.url;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'qt.canbo', password: ready.password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const { csrfToken } = (await login.json()) as { csrfToken: string };
const headers = { cookie, 'x-csrf-token': csrfToken };
async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
type Job = {
  status: string;
  done: number;
  total: number | null;
  result: Record<string, number>;
  error: unknown;
  startedAt: string;
  finishedAt: string;
};
async function waitJob(id: number): Promise<Job> {
  for (;;) {
    const job = await call<Job>('GET', `/api/jobs/${id}`);
    if (job.status === 'succeeded') return job;
    if (job.status === 'failed') throw new Error(`job ${id} failed: ${JSON.stringify(job.error)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
// QT-0001: a Quảng Trị grassroots union qt.canbo may write to.
const unitId = await (async () => {
  const pg = await import('pg');
  const c = new pg.default.Client({ connectionString: server.dbUrl });
  await c.connect();
  const { rows } = await c.query<{ id: number }>("SELECT id FROM org_units WHERE code = 'QT-0001'");
  await c.end();
  return rows[0]!.id;
})();

t0 = Date.now();
const form = new FormData();
form.append('file', new Blob([fs.readFileSync(file)]), 'danh-sach-100k.xlsx');
const upRes = await fetch(`${base}/api/imports?unitId=${unitId}`, { method: 'POST', headers, body: form });
const imp = (await upRes.json()) as { id: number; fields: unknown[]; headerRow: number; sheetIndex: number };
if (!upRes.ok) throw new Error(`upload: ${JSON.stringify(imp)}`);
const tUpload = Date.now() - t0;
phase = 'check';
const checked = await call<{ previewJobId: number }>('POST', `/api/imports/${imp.id}/check`, {
  sheetIndex: imp.sheetIndex,
  headerRow: imp.headerRow,
  fields: imp.fields,
});
const check = await waitJob(checked.previewJobId);
const tCheck = Date.now() - t0 - tUpload;
phase = 'commit';
const committed = await call<{ commitJobId: number }>('POST', `/api/imports/${imp.id}/commit`, { mode: 'valid_only' });
const commit = await waitJob(committed.commitJobId);
const total = Date.now() - t0;
const tCommit = total - tUpload - tCheck;
const rss = peakRss();
phase = 'export';

async function exportRate(format: 'xlsx' | 'csv') {
  const { jobId } = await call<{ jobId: number }>('POST', '/api/members/exports', { format, filter: { unit: unitId } });
  const job = await waitJob(jobId);
  const seconds = (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000;
  return { rows: job.result.rows!, perSecond: job.result.rows! / Math.max(seconds, 1) };
}
const xlsx = await exportRate('xlsx');
const csv = await exportRate('csv');
const rssAfterExport = peakRss();
clearInterval(sample);

const ok = (b: boolean) => (b ? 'PASS' : '**FAIL**');
const table = [
  ['| metric | target | measured | result |', '|---|---|---|---|'],
  [
    `| rows imported (created) | ${ROWS} | ${commit.result.created} (errors ${check.result.withErrors}) | ${ok(commit.result.created === ROWS)} |`,
  ],
  [`| upload + header detection | — | ${(tUpload / 1000).toFixed(1)} s | |`],
  [`| check job (read, validate, COPY, match) | — | ${(tCheck / 1000).toFixed(1)} s | |`],
  [`| commit job (persons, memberships, audit) | — | ${(tCommit / 1000).toFixed(1)} s | |`],
  [`| ${ROWS} rows end to end | ≤ 60 s | ${(total / 1000).toFixed(1)} s | ${ok(total <= 60_000)} |`],
  [
    `| server peak RSS during import (VmHWM; idle ${baseRss.toFixed(0)} MB, compiled) | ≤ 300 MB | ${rss.toFixed(0)} MB | ${ok(rss <= 300)} |`,
  ],
  [
    `| export .xlsx (${xlsx.rows} rows) | ≥ 20,000 rows/s | ${xlsx.perSecond.toFixed(0)} rows/s | ${ok(xlsx.perSecond >= 20_000)} |`,
  ],
  [
    `| export .csv (${csv.rows} rows) | ≥ 20,000 rows/s | ${csv.perSecond.toFixed(0)} rows/s | ${ok(csv.perSecond >= 20_000)} |`,
  ],
  [`| server peak RSS after exports | — | ${rssAfterExport.toFixed(0)} MB | |`],
  [
    `| largest RSS sampled per phase | — | ${Object.entries(phasePeak)
      .map(([k, v]) => `${k} ${v.toFixed(0)} MB`)
      .join(', ')} | |`,
  ],
].flat();
console.log(table.join('\n'));

await server.stop();
fs.rmSync(tmp, { recursive: true, force: true });
