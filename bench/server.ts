// Benchmark target, run as a child process so the load generator does not share its CPU time:
// the real app on a fresh database with the demo, and a bare Fastify hello-world, on two ports.
// The hello-world also has /hello-db (one `SELECT 1` through a pool of the same size): the floor of
// any route that goes to PostgreSQL once. BENCH_COUNT_QUERIES=1 counts the app pool's round trips
// (answered to a 'queries' message) so a benchmark can report round trips per request.
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp, createPool, loadConfig, runMigrations, seedDemo } from '@congdoan/api';

const baseUrl = process.env.BENCH_DATABASE_URL!;
const name = `bench_${process.pid}`;
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const pool = createPool(url.toString(), Number(process.env.BENCH_POOL ?? 10));
await runMigrations(pool);
const { password } = await seedDemo(pool, 'system');
await pool.query("UPDATE app_users SET must_change_password = false WHERE username = 'admin'");

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
  dbMode: 'server',
  serveWeb: false,
  // BENCH_LOG_LEVEL=info measures the production logger (written to stdout, which the parent discards).
  logger: Boolean(process.env.BENCH_LOG_LEVEL),
});
await app.listen({ port: 0, host: '127.0.0.1' });
const hello = Fastify({ logger: false });
const helloPool = createPool(url.toString(), 10);
hello.get('/hello', async () => ({ hello: 'world' }));
hello.get('/hello-db', async () => ({ hello: (await helloPool.query<{ n: number }>('SELECT 1 AS n')).rows[0]!.n }));
await hello.listen({ port: 0, host: '127.0.0.1' });

const portOf = (a: typeof app) => (a.server.address() as { port: number }).port;
process.send!({ appPort: portOf(app), helloPort: portOf(hello), password, dbUrl: url.toString() });

process.on('message', (message) => {
  if (message === 'queries') {
    // Also this process's CPU time and the PostgreSQL backends serving the app's pool, so the parent can
    // report CPU per request (robust on a shared machine, unlike throughput).
    const { user, system } = process.cpuUsage();
    void admin
      .query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [name])
      .then(({ rows }) => process.send!({ queries, cpuMicros: user + system, pgPids: rows.map((r) => r.pid) }));
    return;
  }
  void (async () => {
    await app.close();
    await hello.close();
    await pool.end();
    await helloPool.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
    process.exit(0);
  })();
});
