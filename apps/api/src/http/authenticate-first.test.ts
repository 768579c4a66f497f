import { beforeAll, describe, expect, it } from 'vitest';
import { apiOperations, type Operation } from '../testing/operations';
import { loadRouteExamples } from '../testing/route-examples';
import { MultipartBody, useTestApp } from '../testing/test-app';

const routeExamples = await loadRouteExamples();

/**
 * Authenticate first: the guard runs in onRequest, so an anonymous request to a protected route is
 * refused with 401 before its body is read, parsed or validated, whatever it sends, and a signed-in
 * write without its CSRF token is refused before the body matters.
 */
const t = useTestApp();

let protectedOps: Operation[] = [];

const junk: { name: string; headers: Record<string, string>; payload?: string | Buffer }[] = [
  { name: 'bad JSON', headers: { 'content-type': 'application/json' }, payload: '{"a":' },
  { name: 'wrong body', headers: { 'content-type': 'application/json' }, payload: '{"unexpected":[1,2,3]}' },
  { name: 'wrong content type', headers: { 'content-type': 'application/xml' }, payload: '<a/>' },
  { name: 'NUL', headers: { 'content-type': 'application/json' }, payload: '{"a":"\\u0000"}' },
  { name: 'multipart without boundary', headers: { 'content-type': 'multipart/form-data' }, payload: '--x\r\n' },
  // Over the 1 MiB body limit: refused before a byte of it is parsed.
  { name: 'huge body', headers: { 'content-type': 'application/json' }, payload: `"${'x'.repeat(2 * 2 ** 20)}"` },
];

beforeAll(async () => {
  protectedOps = (await apiOperations(t)).filter((op) => op.permission !== 'public');
});

describe('authenticate first', () => {
  it('answers 401 to anonymous junk on every protected route, never 400/413/415', { timeout: 180_000 }, async () => {
    expect(protectedOps.length).toBeGreaterThan(120);
    const wrong: string[] = [];
    for (const op of protectedOps) {
      const url = op.path.replace(/\{\w+\}/g, '1');
      for (const j of junk) {
        const res = await t.app.inject({ method: op.method as 'POST', url, headers: j.headers, payload: j.payload });
        if (res.statusCode !== 401) wrong.push(`${op.method} ${op.path} [${j.name}] → ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it(
    'checks CSRF before the body: a signed-in write without the token gets 403 CSRF_FAILED even with bad JSON',
    { timeout: 180_000 },
    async () => {
      const session = await t.signIn('qt.canbo');
      const wrong: string[] = [];
      for (const op of protectedOps.filter((o) => o.method !== 'GET')) {
        const res = await t.app.inject({
          method: op.method as 'POST',
          url: op.path.replace(/\{\w+\}/g, '1'),
          headers: { cookie: session.cookie, 'content-type': 'application/json' },
          payload: '{"a":',
        });
        if (res.json<{ error: { code: string } }>().error.code !== 'CSRF_FAILED') {
          wrong.push(`${op.method} ${op.path} → ${res.statusCode}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('still accepts uploads and bodies once signed in (multipart and JSON upload routes)', async () => {
    for (const key of ['POST /api/events/{id}/photos', 'POST /api/imports', 'POST /api/bulk-reorganizations']) {
      const example = routeExamples[key]!;
      const call = await example.build(t);
      const session = await t.signIn(example.as);
      const res = await session.request('POST', call.url, call.body);
      expect(res.statusCode, `${key} → ${res.body}`).toBe(200);
      if (key === 'POST /api/imports') {
        const csv = Buffer.from('Họ và tên;Ngày sinh;Giới tính\nLê Thị Thử;01/01/1990;Nữ\n');
        const multipart = await session.request('POST', call.url, new MultipartBody({ name: 'ds.csv', content: csv }));
        expect(multipart.statusCode, multipart.body).toBe(200);
      }
    }
  });
});
