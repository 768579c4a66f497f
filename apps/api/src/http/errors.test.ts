import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';
import { latestMigrationTag } from '../db/migrate';
import Fastify from 'fastify';
import { registerErrorHandling } from './errors';

const t = useTestApp();

describe('bad input never gives a 500 or a stack trace', () => {
  const cases: [string, () => Promise<{ statusCode: number; body: string }>, number, string][] = [
    [
      'malformed JSON',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: '{"login":',
        }),
      400,
      'MALFORMED_JSON',
    ],
    [
      'empty JSON body',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: '',
        }),
      400,
      'MALFORMED_JSON',
    ],
    ['wrong types', () => t.anonymous('POST', '/api/auth/login', { login: 5, password: [] }), 400, 'VALIDATION_FAILED'],
    [
      'unknown field',
      () => t.anonymous('POST', '/api/auth/login', { login: 'a', password: 'b', admin: true }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'over-long string',
      () => t.anonymous('POST', '/api/auth/login', { login: 'a'.repeat(5000), password: 'b' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'huge body',
      () => t.anonymous('POST', '/api/auth/login', { login: 'a', password: 'b'.repeat(2_000_000) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['unknown route', () => t.anonymous('GET', '/api/khong-co'), 404, 'ROUTE_NOT_FOUND'],
    ['unknown method', () => t.anonymous('PATCH', '/api/health'), 404, 'ROUTE_NOT_FOUND'],
    [
      'JSON array body',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: '[1,2]',
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'prototype pollution',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: '{"__proto__":{"x":1},"login":"a","password":"b"}',
        }),
      400,
      'MALFORMED_JSON',
    ],
  ];
  for (const [name, send, status, code] of cases) {
    it(`${name} → ${status} ${code}`, async () => {
      const res = await send();
      expect(res.statusCode).toBe(status);
      const body = JSON.parse(res.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/[ạ-ỹđĐàáâãèéêìíòóôõùúýăơư]/);
      expect(res.body).not.toMatch(/at .*\.ts:\d+|stack/i);
    });
  }

  it('answers 400 when PostgreSQL refuses a value a use case forgot to check, 500 for anything else', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app, false);
    const pgError = (code: string) => Object.assign(new Error('violates check constraint'), { code });
    app.get('/check', async () => Promise.reject(pgError('23514')));
    app.get('/range', async () => Promise.reject(pgError('22003')));
    app.get('/deadlock', async () => Promise.reject(pgError('40P01')));
    for (const [url, status] of [
      ['/check', 400],
      ['/range', 400],
      ['/deadlock', 500],
    ] as const) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(status);
      expect(res.body).not.toContain('violates');
    }
    await app.close();
  });

  it('bounds page sizes', async () => {
    const admin = await t.signIn('admin');
    const res = await admin.request('GET', '/api/users?pageSize=100000');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0].field).toBe('querystring.pageSize');
  });

  it('reports health with the database mode, version and migration', async () => {
    const res = await t.anonymous('GET', '/api/health');
    expect(res.json()).toMatchObject({ status: 'ok', db: { mode: 'server', migration: latestMigrationTag() } });
    expect(res.json().db.version).toMatch(/^\d+/);
  });
});
