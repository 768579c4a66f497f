// `npm run bench`: prints metric, target, measured value and pass/fail. Not part of npm test.
// Database: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else an embedded PostgreSQL under .test-data/bench.
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startEmbedded } from '../apps/api/src/db/embedded';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

let stopEmbedded: (() => Promise<void>) | undefined;
let dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!dbUrl) {
  const server = await startEmbedded(path.resolve('.test-data/bench'), () => undefined);
  dbUrl = server.url;
  stopEmbedded = server.stop;
}
const child = fork('bench/server.ts', {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, BENCH_DATABASE_URL: dbUrl },
});
const ready = await new Promise<{ appPort: number; helloPort: number; password: string }>((resolve) =>
  child.once('message', (m) => resolve(m as { appPort: number; helloPort: number; password: string })),
);

const app = `http://127.0.0.1:${ready.appPort}`;
const login = await fetch(`${app}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'admin', password: ready.password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const roots = (await (await fetch(`${app}/api/org-units/roots`, { headers: { cookie } })).json()) as {
  items: { id: number }[];
};

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

const hello = await load(`http://127.0.0.1:${ready.helloPort}/hello`);
const list = await load(`${app}/api/org-units/${roots.items[0]!.id}/children`, { cookie });
const ratio = list.requests.average / hello.requests.average;

const rows = [
  ['bare Fastify hello-world', '—', `${hello.requests.average.toFixed(0)} req/s (p99 ${hello.latency.p99} ms)`, ''],
  [
    'GET /api/org-units/{id}/children (authorised)',
    '—',
    `${list.requests.average.toFixed(0)} req/s (p99 ${list.latency.p99} ms)`,
    '',
  ],
  ['authorised list ÷ hello-world', '≥ 0.5', ratio.toFixed(2), ratio >= 0.5 ? 'PASS' : 'FAIL'],
  ['children of a unit, p50 latency', '≤ 20 ms', `${list.latency.p50} ms`, list.latency.p50 <= 20 ? 'PASS' : 'FAIL'],
];
console.log(
  `\nmachine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${DURATION} s per run, ${CONNECTIONS} connections; dataset: demo`,
);
console.log('| metric | target | measured | result |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

child.send('stop');
await new Promise((r) => child.once('exit', r));
await stopEmbedded?.();
