// Where the time of an authorised request goes: the same load generator against layers of the stack,
// in one run. `node --import tsx bench/request-cost.ts` (BENCH_SECONDS, default 5 s per endpoint;
// BENCH_LOG_LEVEL=info to include the production request log; BENCH_CPU_PROF=dir to write a CPU profile
// of the server; BENCH_ONLY=regexp to run some endpoints only). Not part of npm test; prints a table for bench/RESULTS.md.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startEmbedded } from '../apps/api/src/db/embedded';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 20;

let stopEmbedded: (() => Promise<void>) | undefined;
let dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!dbUrl) {
  const server = await startEmbedded(path.resolve('.test-data/bench'), () => undefined);
  dbUrl = server.url;
  stopEmbedded = server.stop;
}
const execArgv = ['--import', 'tsx'];
if (process.env.BENCH_CPU_PROF) execArgv.push('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`);
const child = fork('bench/server.ts', {
  execArgv,
  env: { ...process.env, BENCH_DATABASE_URL: dbUrl, BENCH_COUNT_QUERIES: '1' },
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
const ready = await new Promise<{ appPort: number; helloPort: number; password: string }>((resolve) =>
  child.once('message', (m) => resolve(m as { appPort: number; helloPort: number; password: string })),
);
type Usage = { queries: number; cpuMicros: number; pgPids: number[] };
const usage = () =>
  new Promise<Usage>((resolve) => {
    child.once('message', (m) => resolve(m as Usage));
    child.send('queries');
  });
// CPU seconds (user + system) of PostgreSQL backends, from /proc (Linux, same machine; 100 ticks/s).
const pgCpu = (pids: number[]) =>
  new Map(
    pids.map((pid) => {
      try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return [pid, (Number(fields[11]) + Number(fields[12])) / 100];
      } catch {
        return [pid, 0];
      }
    }),
  );
// Backends opened during the run count from zero; one closed during the run is lost (rare under load).
const pgDelta = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, s]) => sum + s - (before.get(pid) ?? 0), 0);

const app = `http://127.0.0.1:${ready.appPort}`;
const login = await fetch(`${app}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'admin', password: ready.password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const get = async (p: string): Promise<unknown> => (await fetch(`${app}${p}`, { headers: { cookie } })).json();
const roots = (await get('/api/org-units/roots')) as { items: { id: number }[] };
// The grassroots union with the most members: a typical "members of my union" page.
const units = (await get('/api/members?pageSize=100')) as { items: { unit: { id: number } | null }[] };
const tally = new Map<number, number>();
for (const m of units.items) if (m.unit) tally.set(m.unit.id, (tally.get(m.unit.id) ?? 0) + 1);
const unitId = [...tally].sort((a, b) => b[1] - a[1])[0]![0];

const hello = `http://127.0.0.1:${ready.helloPort}`;
const targets: [string, string, Record<string, string>][] = [
  ['bare Fastify hello-world', `${hello}/hello`, {}],
  ['bare Fastify + one SELECT 1 (pg pool)', `${hello}/hello-db`, {}],
  ['app, public route without DB (404 JSON)', `${app}/api/nope`, {}],
  ['app, GET /api/auth/me (session only)', `${app}/api/auth/me`, { cookie }],
  ['app, GET /api/org-units/{root}/children', `${app}/api/org-units/${roots.items[0]!.id}/children`, { cookie }],
  ['app, GET /api/members?unit=…&pageSize=20', `${app}/api/members?unit=${unitId}&pageSize=20`, { cookie }],
];

console.log(
  `\n${DURATION} s per endpoint, ${CONNECTIONS} connections; logger: ${process.env.BENCH_LOG_LEVEL ?? 'off'}`,
);
console.log(
  '| endpoint | req/s | p50 ms | p99 ms | DB round trips / request | server CPU ms / request | PostgreSQL CPU ms / request | load generator CPU ms / request | ÷ hello-world |\n|---|---|---|---|---|---|---|---|---|',
);
let base = 0;
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
for (const [label, url, headers] of targets) {
  if (only && !only.test(label)) continue;
  const before = await usage();
  const pgBefore = pgCpu(before.pgPids);
  const loadCpu = process.cpuUsage();
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const loadCpuMs = (() => {
    const u = process.cpuUsage(loadCpu);
    return (u.user + u.system) / 1000;
  })();
  const after = await usage();
  const pgAfter = pgCpu(after.pgPids);
  const expected = url.endsWith('/nope') ? 404 : 200;
  if (r.errors > 0 || (expected === 200 && r.non2xx > 0))
    throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  if (!base) base = r.requests.average;
  const own = !url.startsWith(hello);
  const n = r.requests.total;
  const trips = own ? ((after.queries - before.queries) / n).toFixed(2) : '—';
  // The hello-world runs in the server process (its CPU is counted there) on the same database (its backends too).
  const nodeMs = ((after.cpuMicros - before.cpuMicros) / 1000 / n).toFixed(3);
  const pgMs = ((pgDelta(pgBefore, pgAfter) * 1000) / n).toFixed(3);
  console.log(
    `| ${label} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${trips} | ${nodeMs} | ${pgMs} | ${(loadCpuMs / n).toFixed(3)} | ${(r.requests.average / base).toFixed(3)} |`,
  );
}

child.send('stop');
await new Promise((r) => child.once('exit', r));
await stopEmbedded?.();
