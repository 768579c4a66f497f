// Hostile uploads against the real server (issue 11, item 2). Not part of npm test.
// Starts the API as `npm start` runs it (bench/lib/api-processes.ts: compiled, 1 GB heap, job runner) on a
// fresh database with the demo, then fires each scenario's uploads at once while
// sampling the child's RSS every 50 ms and timing GET /api/health every 100 ms. Peak RSS is VmHWM, reset
// before each scenario. A scenario that kills the server is reported as such and the run stops.
// Database: BENCH_DATABASE_URL, else TEST_DATABASE_URL (a database is created and dropped).
import fs from 'node:fs';
import { hugeInlineStringXlsx, oneLineCsv } from '../apps/api/src/testing/hostile-files';
import { buildApi, startDemoApi } from './lib/api-processes';

const dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!dbUrl) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server');

// The server as `npm start` runs it (bench/lib/api-processes.ts: the compiled bundle, its heap flag, job runner).
buildApi();
const server = await startDemoApi(dbUrl, 'hostile', Number(process.env.BENCH_PORT ?? 3620));
const child = server.api.child;
let died = null as string | null;
child.on('exit', (code, signal) => (died = `exit ${code ?? ''}${signal ?? ''}`));
const ready = { password: server.password };
/** A field of the child's /proc status in MB; NaN once it has died. */
function status(field: string): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
const base = server.api.url;

async function signIn(login: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: ready.password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}
const users = { quantri: await signIn('qt.quantri'), admin: await signIn('admin') };
async function unitId(code: string): Promise<number> {
  const res = await fetch(`${base}/api/org-units/search?q=${code}`, { headers: users.admin });
  return ((await res.json()) as { items: { id: number; code: string }[] }).items.find((u) => u.code === code)!.id;
}
const province = await unitId('LDLD-44');
const grassroots = await unitId('QT-0001');

type Upload = { user: keyof typeof users; route: 'bulk' | 'import'; name: string; file: Buffer };
async function send(u: Upload): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(u.file)]), u.name);
  const url =
    u.route === 'bulk'
      ? `${base}/api/bulk-reorganizations?unitId=${province}&effectiveOn=2026-07-01`
      : `${base}/api/imports?unitId=${grassroots}`;
  try {
    const res = await fetch(url, { method: 'POST', headers: users[u.user], body: form });
    const body = (await res.json().catch(() => ({}))) as { error?: { code: string } };
    return `${res.status} ${body.error?.code ?? 'accepted'}`;
  } catch (error) {
    return `no answer (${(error as Error).message})`;
  }
}

const xlsx = hugeInlineStringXlsx(1024);
// The same string, the zip declaring 4 MiB: passes the size checks, so the sheet is really inflated and parsed.
const lying = hugeInlineStringXlsx(1024, { lie: true });
const csv = oneLineCsv(9);
const scenarios: [string, Upload[]][] = [
  ['1 × 1 GiB-string .xlsx → bulk', [{ user: 'quantri', route: 'bulk', name: 'a.xlsx', file: xlsx }]],
  ['1 × 9 MiB one-line .csv → bulk', [{ user: 'quantri', route: 'bulk', name: 'a.csv', file: csv }]],
  [
    '2 × 1 GiB-string .xlsx → bulk (one user)',
    [
      { user: 'quantri', route: 'bulk', name: 'a.xlsx', file: xlsx },
      { user: 'quantri', route: 'bulk', name: 'b.xlsx', file: xlsx },
    ],
  ],
  [
    '4 at once: .xlsx + .csv to bulk and to the member import (two users)',
    [
      { user: 'quantri', route: 'bulk', name: 'a.xlsx', file: xlsx },
      { user: 'quantri', route: 'import', name: 'a.csv', file: csv },
      { user: 'admin', route: 'import', name: 'b.xlsx', file: xlsx },
      { user: 'admin', route: 'bulk', name: 'b.csv', file: csv },
    ],
  ],
  [
    '4 at once: under-declared .xlsx (parsed until the run limit), bulk and import, two users',
    [
      { user: 'quantri', route: 'bulk', name: 'a.xlsx', file: lying },
      { user: 'quantri', route: 'import', name: 'b.xlsx', file: lying },
      { user: 'admin', route: 'bulk', name: 'c.xlsx', file: lying },
      { user: 'admin', route: 'import', name: 'd.xlsx', file: lying },
    ],
  ],
  [
    '6 at once, 3 per user (.xlsx to bulk)',
    ['quantri', 'quantri', 'quantri', 'admin', 'admin', 'admin'].map((user) => ({
      user: user as keyof typeof users,
      route: 'bulk' as const,
      name: 'a.xlsx',
      file: xlsx,
    })),
  ],
];

const rows: string[] = [];
const idle = status('VmRSS');
for (const [name, uploads] of scenarios) {
  if (died) break;
  try {
    fs.writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
  } catch {
    /* the peak then includes earlier scenarios */
  }
  const before = status('VmRSS');
  let peak = before;
  const health: number[] = [];
  let stop = false;
  const sampler = setInterval(() => {
    const now = status('VmRSS');
    if (!died && now) peak = Math.max(peak, now);
  }, 50);
  const prober = (async () => {
    while (!stop && !died) {
      const t = performance.now();
      const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) })
        .then((r) => r.ok)
        .catch(() => false);
      health.push(ok ? performance.now() - t : Infinity);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = performance.now();
  const answers = await Promise.all(uploads.map(send));
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  stop = true;
  await prober;
  clearInterval(sampler);
  if (!died) peak = Math.max(peak, status('VmHWM') || 0);
  health.sort((a, b) => a - b);
  const pct = (p: number) => health[Math.min(health.length - 1, Math.floor(p * health.length))] ?? NaN;
  const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'no answer');
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
  rows.push(
    `| ${name} | ${[...counts].map(([a, n]) => `${n}× ${a}`).join(', ')} | ${seconds.toFixed(1)} s | ` +
      `${Math.round(before)} → ${died ? `died (${died})` : `${Math.round(peak)} MB`} | ` +
      `${ms(pct(0.5))} / ${ms(health[health.length - 1] ?? NaN)} (${health.length} probes) |`,
  );
  console.log(rows[rows.length - 1]);
}

console.log(`\nidle RSS ${Math.round(idle)} MB; server compiled, --max-old-space-size=1024 (npm start)\n`);
console.log('| scenario | answers | time | RSS before → peak | health p50 / max |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
if (died) {
  const log = fs.readFileSync(server.api.log, 'utf8');
  console.log(`\nThe server died: ${died}\n${log.split('\n').slice(-8).join('\n')}`);
}
await server.stop();
process.exit(0);
