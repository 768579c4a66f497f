import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { useTestApp } from '../testing/test-app';

const t = useTestApp();
const extra: FastifyInstance[] = [];

/** A second app on the same database with API_DOCS set. */
async function appWithDocs(apiDocs: string) {
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '.test-data/app', API_DOCS: apiDocs }),
    pool: t.db.pool,
    dbMode: 'server',
    serveWeb: false,
    logger: false,
  });
  await app.ready();
  extra.push(app);
  return app;
}

afterAll(async () => {
  for (const app of extra) await app.close();
});

describe('security headers', () => {
  it('sends a Permissions-Policy that allows only our own camera (QR check-in)', async () => {
    const res = await t.anonymous('GET', '/api/health');
    const policy = String(res.headers['permissions-policy']);
    expect(policy).toContain('camera=(self)');
    for (const off of ['microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(policy).toContain(off);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('API_DOCS', () => {
  it('public (default): anyone reads /api/openapi.json and /api/docs', async () => {
    expect((await t.anonymous('GET', '/api/openapi.json')).statusCode).toBe(200);
    expect((await t.anonymous('GET', '/api/docs')).statusCode).toBeLessThan(400);
  });

  it('authenticated: anonymous readers get 401, a signed-in user the document', async () => {
    const app = await appWithDocs('authenticated');
    for (const url of ['/api/openapi.json', '/api/docs', '/api/docs/json']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
    }
    const session = await t.signIn('na.xem');
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/members']).toBeDefined();
  });

  it('off: neither is served', async () => {
    const app = await appWithDocs('off');
    for (const url of ['/api/openapi.json', '/api/docs', '/api/docs/json']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
  });
});
