// Flash registration: N registration attempts over HTTP, as fast as the machine sends them, for a few
// places. Reports throughput, latency percentiles, oversold and lost confirmations. Not part of npm test.
// `npm run bench:flash` (BENCH_DATABASE_URL, else TEST_DATABASE_URL; a PostgreSQL server is required).
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import pg from 'pg';

const ATTEMPTS = Number(process.env.FLASH_ATTEMPTS ?? 20_000);
const PLACES = Number(process.env.FLASH_PLACES ?? 1_000);
const CONCURRENCY = Number(process.env.FLASH_CONCURRENCY ?? 16);
const dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!dbUrl) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server');

const child = fork('bench/server.ts', {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, BENCH_DATABASE_URL: dbUrl },
});
const ready = await new Promise<{ appPort: number; password: string; dbUrl: string }>((resolve) =>
  child.once('message', (m) => resolve(m as { appPort: number; password: string; dbUrl: string })),
);
const app = `http://127.0.0.1:${ready.appPort}`;
const db = new pg.Client({ connectionString: ready.dbUrl });
await db.connect();

// One event for PLACES seats, no waitlist (the rest are told it is full), and ATTEMPTS members to register.
const { rows: ev } = await db.query<{ id: number }>(
  `INSERT INTO events (unit_id, title, kind, starts_at, ends_at, registration_enabled, capacity, waitlist_enabled)
   SELECT id, 'Khám sức khỏe (flash)', 'health_check', now() + interval '7 days', now() + interval '8 days', true, $1, false
     FROM org_units WHERE code = 'LDLD-44' RETURNING id::int`,
  [PLACES],
);
const eventId = ev[0]!.id;
await db.query('INSERT INTO event_seat_counts (event_id) VALUES ($1)', [eventId]);
const { rows: people } = await db.query<{ id: number }>(
  `INSERT INTO persons (given_name, full_name, sort_key)
   SELECT 'Flash ' || g, 'Công nhân Flash ' || g, 'flash ' || g FROM generate_series(1, $1) g RETURNING id::int`,
  [ATTEMPTS],
);
await db.query(
  `INSERT INTO memberships (person_id, unit_id, admitted_on)
   SELECT p, (SELECT id FROM org_units WHERE code = 'QT-0001'), '2020-01-01' FROM unnest($1::bigint[]) p`,
  [people.map((p) => p.id)],
);

const login = await fetch(`${app}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'qt.canbo', password: ready.password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const { csrfToken } = (await login.json()) as { csrfToken: string };

const confirmedIds = new Set<number>();
const statuses = new Map<string, number>();
let next = 0;
// autocannon keeps CONCURRENCY connections busy; each request registers the next member.
const result = await autocannon({
  url: `${app}/api/events/${eventId}/registrations`,
  connections: CONCURRENCY,
  amount: ATTEMPTS,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ personId: people[next++ % people.length]!.id }) }),
      onResponse: (status, body) => {
        const parsed = JSON.parse(body) as { id?: number; status?: string; error?: { code: string } };
        const key = status === 200 ? `200 ${parsed.status}` : `${status} ${parsed.error?.code}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (status === 200 && parsed.status === 'confirmed') confirmedIds.add(parsed.id!);
      },
    },
  ],
});
const seconds = result.duration;

const { rows: inDb } = await db.query<{ id: number }>(
  `SELECT id::int FROM registrations WHERE event_id = $1 AND status = 'confirmed'`,
  [eventId],
);
const dbIds = new Set(inDb.map((r) => r.id));
const oversold = Math.max(0, dbIds.size - PLACES);
const lost =
  [...confirmedIds].filter((id) => !dbIds.has(id)).length + [...dbIds].filter((id) => !confirmedIds.has(id)).length;
const p99 = result.latency.p99;

console.log(`\nFlash registration: ${ATTEMPTS} attempts, ${PLACES} places, ${CONCURRENCY} concurrent HTTP clients`);
console.log('responses:', Object.fromEntries(statuses));
const table = [
  ['throughput', '—', `${(ATTEMPTS / seconds).toFixed(0)} registrations/s (${seconds.toFixed(1)} s)`, ''],
  ['latency p50 / p97.5', '—', `${result.latency.p50} / ${result.latency.p97_5} ms`, ''],
  ['latency p99', '≤ 250 ms', `${p99} ms`, p99 <= 250 ? 'PASS' : 'FAIL'],
  [
    'HTTP errors / timeouts',
    '0',
    `${result.errors} / ${result.timeouts}`,
    result.errors + result.timeouts === 0 ? 'PASS' : 'FAIL',
  ],
  ['confirmed in database', `= ${PLACES}`, String(dbIds.size), dbIds.size === PLACES ? 'PASS' : 'FAIL'],
  ['oversold', '0', String(oversold), oversold === 0 ? 'PASS' : 'FAIL'],
  ['lost confirmations', '0', String(lost), lost === 0 ? 'PASS' : 'FAIL'],
];
console.log('| metric | target | measured | result |\n|---|---|---|---|');
for (const row of table) console.log(`| ${row.join(' | ')} |`);

await db.end();
child.send('stop');
await new Promise((resolve) => child.once('exit', resolve));
process.exit(table.some((r) => r[3] === 'FAIL') ? 1 : 0);
