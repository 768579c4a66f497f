import os from 'node:os';
import { loadConfig, makeCtx, openDatabase, systemActor, type Ctx, type Database } from '@congdoan/api';

/** Open the configured database (same rules as the server) and run fn; always closes it. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, (m) => console.error(m), 'cli');
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** A use-case context acting as the system, audited with source "cli" and the OS user. */
export async function cliCtx(db: Database): Promise<Ctx> {
  const actor = await systemActor(db.pool, `cli:${os.userInfo().username}`);
  return makeCtx({ pool: db.pool, config: loadConfig(), actor, source: 'cli', requestId: null });
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
