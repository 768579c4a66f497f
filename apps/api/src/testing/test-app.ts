import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { seedDemo } from '../modules/demo/seed-demo';
import { createTestDatabase, type TestDatabase } from './test-db';
import { MultipartBody } from './multipart';
import type { ModuleDeclaration } from '../modules/declaration';
import type { Config } from '../config';
import { testFactories, type Factories } from './factories';

export { MultipartBody };

export type Session = {
  cookie: string;
  csrf: string;
  request: (method: string, url: string, body?: unknown) => Promise<LightMyRequestResponse>;
};

export type TestApp = Factories & {
  app: FastifyInstance;
  config: Config;
  db: TestDatabase;
  password: string;
  /** Sign in as a demo account (its forced password change cleared) and return a session. */
  signIn: (username: string, password?: string) => Promise<Session>;
  anonymous: (method: string, url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  auditCount: () => Promise<number>;
};

/** An app on its own database with the demo loaded, built once per test file (with extra modules if given). */
export function useTestApp(opts: { modules?: readonly ModuleDeclaration[] } = {}): TestApp {
  const t = {} as TestApp;
  Object.assign(t, testFactories(t));
  beforeAll(async () => {
    t.db = await createTestDatabase();
    t.config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '.test-data/app' });
    t.password = (await seedDemo(t.db.pool, 'system')).password;
    await t.db.pool.query('UPDATE app_users SET must_change_password = false');
    t.app = await buildApp({
      config: t.config,
      pool: t.db.pool,
      dbMode: 'server',
      serveWeb: false,
      logger: false,
      modules: opts.modules,
    });
    await t.app.ready();
    const send = (method: string, url: string, body: unknown, headers: Record<string, string>) =>
      body instanceof MultipartBody
        ? t.app.inject({
            method: method as 'POST',
            url,
            headers: { ...headers, 'content-type': body.contentType },
            payload: body.payload,
          })
        : t.app.inject({
            method: method as 'GET',
            url,
            headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
            payload: body === undefined ? undefined : JSON.stringify(body),
          });
    t.anonymous = (method, url, body) => send(method, url, body, {});
    t.signIn = async (username, password = t.password) => {
      const res = await send('POST', '/api/auth/login', { login: username, password }, {});
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      const csrf = res.json<{ csrfToken: string }>().csrfToken;
      return { cookie, csrf, request: (m, u, b) => send(m, u, b, { cookie, 'x-csrf-token': csrf }) };
    };
    t.auditCount = async () => {
      const { rows } = await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
      return rows[0]!.n;
    };
  });
  afterAll(async () => {
    await t.app?.close();
    await t.db?.drop();
  });
  return t;
}

/** Id of a demo unit by code. */
export async function unitId(t: TestApp, code: string): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>('SELECT id FROM org_units WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`no unit ${code}`);
  return rows[0].id;
}
