import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../db/embedded';
import { createPool } from '../db/open';
import { runMigrations } from '../db/migrate';
import { databaseUrl } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    dbBaseUrl: string;
    dbTemplate: string;
  }
}

/** Once per run: find a PostgreSQL, build a migrated template database, and drop it afterwards. */
export default async function setup(project: TestProject) {
  let baseUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!baseUrl) {
    const server = await startEmbedded(path.resolve('.test-data'), (m) => console.log(m));
    baseUrl = server.url;
    stop = server.stop;
  }
  const template = `cd_tpl_${process.pid}`;
  const admin = createPool(baseUrl, 2);
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const tpl = createPool(databaseUrl(baseUrl, template), 2);
  await runMigrations(tpl);
  await tpl.end();
  project.provide('dbBaseUrl', baseUrl);
  project.provide('dbTemplate', template);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [template, `t_${process.pid}_%`],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
    await stop?.();
  };
}
