import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import type pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';

// Beside this file when run from source (apps/api/src/db); the compiled bundle (apps/api/dist/main.js,
// scripts/build-api.mjs) reads the same SQL files from the source tree.
const here = path.dirname(fileURLToPath(import.meta.url));
export const migrationsFolder = fs.existsSync(path.join(here, 'migrations'))
  ? path.join(here, 'migrations')
  : path.resolve(here, '../src/db/migrations');

type Journal = { entries: { tag: string; when: number }[] };
let journal: Journal | undefined;

/** The migration journal shipped with this build; read once (the health route asks on every call). */
function readJournal(): Journal {
  journal ??= JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal;
}

/** Tag of the newest migration shipped in the repo. */
export function latestMigrationTag(): string {
  return readJournal().entries.at(-1)?.tag ?? 'none';
}

/**
 * Apply the SQL migrations (drizzle-kit format). An advisory lock lets two processes start
 * at once on the same database without applying a migration twice.
 */
export async function runMigrations(pool: pg.Pool, options: { before?: string } = {}): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727273)');
    const folder = options.before ? foldersBefore(options.before) : migrationsFolder;
    await migrate(drizzle(client), { migrationsFolder: folder, migrationsSchema: 'drizzle' });
  } finally {
    await client.query('SELECT pg_advisory_unlock(727273)').catch(() => undefined);
    client.release();
  }
}

/**
 * A copy of the migrations older than `tag` (e.g. '0011'), for tests and benchmarks that need a database
 * as an older release left it.
 */
function foldersBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const entries = readJournal().entries.filter((e) => e.tag < tag);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...readJournal(), entries }));
  for (const e of entries) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/** Tag of the newest migration applied to this database, or null. */
export async function appliedMigration(pool: pg.Pool): Promise<string | null> {
  const res = await pool
    .query<{ created_at: string }>(
      'SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1',
    )
    .catch(() => null);
  const when = res?.rows[0]?.created_at;
  if (!when) return null;
  return readJournal().entries.find((e) => String(e.when) === String(when))?.tag ?? `unknown@${when}`;
}
