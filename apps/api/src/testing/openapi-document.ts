import pg from 'pg';
import { buildApp } from '../app';
import { loadConfig } from '../config';

/**
 * The OpenAPI document of an app built for the tests, without a database: nothing is queried to make it.
 * PUBLIC_URL is set as a deployment sets it (the default, localhost, is flagged by the linter).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  // Never connects: building the document runs no query.
  const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '.test-data/app', PUBLIC_URL: 'https://congdoan.test/' }),
    pool,
    dbMode: 'server',
    serveWeb: false,
    logger: false,
  });
  try {
    await app.ready();
    return structuredClone(app.swagger()) as Record<string, unknown>;
  } finally {
    await app.close();
    await pool.end();
  }
}
