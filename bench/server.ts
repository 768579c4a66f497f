// Benchmark target, run as a child process so the load generator does not share its CPU time:
// the real app and a bare Fastify hello-world on two ports. BENCH_TARGET chooses the database:
// - fresh (default): a new database on the server at BENCH_DATABASE_URL with the demo, dropped afterwards;
// - existing: the database at BENCH_DATABASE_URL as it is (e.g. filled by `congdoan seed synthetic`), migrated;
// - embedded: the embedded PostgreSQL under BENCH_EMBEDDED_DIR (a DATA_DIR), as `npm start` runs it.
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

const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent' }),
  pool,
  dbMode: target === 'embedded' ? 'embedded' : 'server',
  serveWeb: false,
  logger: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const hello = Fastify({ logger: false });
hello.get('/hello', async () => ({ hello: 'world' }));
await hello.listen({ port: 0, host: '127.0.0.1' });

const portOf = (a: typeof app) => (a.server.address() as { port: number }).port;
process.send!({ appPort: portOf(app), helloPort: portOf(hello), password, dbUrl });

process.on('message', () => {
  void (async () => {
    await app.close();
    await hello.close();
    await pool.end();
    await cleanup();
    process.exit(0);
  })();
});
