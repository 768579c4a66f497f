// Benchmark target, run as a child process so the load generator does not share its CPU time:
// the real app on a fresh database with the demo, and a bare Fastify hello-world, on two ports.
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
const pool = createPool(url.toString(), 10);
await runMigrations(pool);
const { password } = await seedDemo(pool, 'system');
await pool.query("UPDATE app_users SET must_change_password = false WHERE username = 'admin'");

const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent' }),
  pool,
  dbMode: 'server',
  serveWeb: false,
  logger: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const hello = Fastify({ logger: false });
hello.get('/hello', async () => ({ hello: 'world' }));
await hello.listen({ port: 0, host: '127.0.0.1' });

const portOf = (a: typeof app) => (a.server.address() as { port: number }).port;
process.send!({ appPort: portOf(app), helloPort: portOf(hello), password, dbUrl: url.toString() });

process.on('message', () => {
  void (async () => {
    await app.close();
    await hello.close();
    await pool.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
    process.exit(0);
  })();
});
