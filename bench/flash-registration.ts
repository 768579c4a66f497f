// Flash registration: N registration attempts over HTTP, as fast as the machine sends them, for a few
// places. Reports throughput, latency percentiles, oversold and lost confirmations. Not part of npm test.
// `npm run bench:flash` (BENCH_DATABASE_URL, else TEST_DATABASE_URL; a PostgreSQL server is required).
import { fork } from 'node:child_process';
import pg from 'pg';
import { flashRegistrations, flashTable } from './lib/flash';

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

const run = await flashRegistrations({
  app,
  session: { cookie, csrf: csrfToken },
  eventId,
  people: people.map((p) => p.id),
  attempts: ATTEMPTS,
  concurrency: CONCURRENCY,
});
const table = await flashTable(db, eventId, PLACES, run);

console.log(`\nFlash registration: ${ATTEMPTS} attempts, ${PLACES} places, ${CONCURRENCY} concurrent HTTP clients`);
console.log('responses:', run.statuses);
console.log('| metric | target | measured | result |\n|---|---|---|---|');
for (const row of table) console.log(`| ${row.join(' | ')} |`);

await db.end();
child.send('stop');
await new Promise((resolve) => child.once('exit', resolve));
process.exit(table.some((r) => r[3] === 'FAIL') ? 1 : 0);
