// Benchmark target, run as a child process so the load generator does not share its CPU time:
// the real app and a bare Fastify hello-world on two ports. BENCH_TARGET chooses the database:
// - fresh (default): a new database on the server at BENCH_DATABASE_URL with the demo, dropped afterwards;
// - existing: the database at BENCH_DATABASE_URL as it is (e.g. filled by `congdoan seed synthetic`), migrated;
// - embedded: the embedded PostgreSQL under BENCH_EMBEDDED_DIR (a DATA_DIR), as `npm start` runs it.
// The hello-world also has /hello-db (one `SELECT 1` through a pool of the same size): the floor of
// any route that goes to PostgreSQL once. BENCH_COUNT_QUERIES=1 counts the app pool's round trips
// (answered to a 'queries' message) so a benchmark can report round trips per request.
import path from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp, createPool, loadConfig, runMigrations, seedDemo } from '@congdoan/api';
import { startEmbedded } from '../apps/api/src/db/embedded';

const target = process.env.BENCH_TARGET ?? 'fresh';
const POOL = Number(process.env.BENCH_POOL ?? 10);
let dbUrl: string;
let password: string | undefined;
let cleanup = async () => undefined as void;

if (target === 'embedded') {
  const server = await startEmbedded(path.resolve(process.env.BENCH_EMBEDDED_DIR!), () => undefined);
  dbUrl = server.url;
  cleanup = server.stop;
} else if (target === 'existing') {
  dbUrl = process.env.BENCH_DATABASE_URL!;
} else {
  const name = `bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL! });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.BENCH_DATABASE_URL!);
  url.pathname = `/${name}`;
  dbUrl = url.toString();
  cleanup = async () => {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  };
}
const pool = createPool(dbUrl, POOL);
await runMigrations(pool);
if (target === 'fresh') {
  password = (await seedDemo(pool, 'system')).password;
  await pool.query("UPDATE app_users SET must_change_password = false WHERE username = 'admin'");
}

let queries = 0;
if (process.env.BENCH_COUNT_QUERIES) {
  // Pool.query checks out a client and calls client.query, so counting the clients' calls counts both.
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    queries++;
    return original.apply(this, args);
  };
}

const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent' }),
  pool,
  dbMode: target === 'embedded' ? 'embedded' : 'server',
  serveWeb: false,
  // BENCH_LOG_LEVEL=info measures the production logger (written to stdout, which the parent discards).
  logger: Boolean(process.env.BENCH_LOG_LEVEL),
});
await app.listen({ port: 0, host: '127.0.0.1' });
const hello = Fastify({ logger: false });
const helloPool = createPool(dbUrl, POOL);
hello.get('/hello', async () => ({ hello: 'world' }));
hello.get('/hello-db', async () => ({ hello: (await helloPool.query<{ n: number }>('SELECT 1 AS n')).rows[0]!.n }));
await hello.listen({ port: 0, host: '127.0.0.1' });

const portOf = (a: typeof app) => (a.server.address() as { port: number }).port;
process.send!({ appPort: portOf(app), helloPort: portOf(hello), password, dbUrl });

process.on('message', (message) => {
  if (message === 'queries') {
    // Also this process's CPU time and the PostgreSQL backends serving the app's pool, so the parent can
    // report CPU per request (robust on a shared machine, unlike throughput).
    const { user, system } = process.cpuUsage();
    const counted = queries;
    void helloPool
      .query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'congdoan'
            AND pid <> pg_backend_pid()`,
      )
      .then(({ rows }) =>
        process.send!({ queries: counted, cpuMicros: user + system, pgPids: rows.map((r) => r.pid) }),
      );
    return;
  }
  void (async () => {
    await app.close();
    await hello.close();
    await pool.end();
    await helloPool.end();
    await cleanup();
    process.exit(0);
  })();
});
