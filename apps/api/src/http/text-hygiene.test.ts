import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@congdoan/domain';
import { apiOperations, type Operation } from '../testing/operations';
import { loadRouteExamples } from '../testing/route-examples';
import { MultipartBody, unitId, useTestApp } from '../testing/test-app';
import { cleanJson, cleanText, MAX_JSON_DEPTH } from './text-hygiene';

const routeExamples = await loadRouteExamples();

const t = useTestApp();

let operations: Operation[] = [];

/** Every upload route (multipart read by the handler through receiveUpload). */
const uploadRoutes = [
  'POST /api/bulk-reorganizations',
  'POST /api/imports',
  'POST /api/petitions/{id}/attachments',
  'POST /api/dialogues/{id}/minutes',
  'POST /api/draft-laws/import',
  'POST /api/campaigns/{id}/activities/{activityId}/files',
  'POST /api/campaigns/{id}/plan',
  'POST /api/events/{id}/photos',
];

/** The example body with NUL inside every string it holds (keys stay as they are). */
function withNul(value: unknown): unknown {
  if (typeof value === 'string') return `${value.slice(0, 1)}\u0000${value.slice(1)}`;
  if (Array.isArray(value)) return value.map(withNul);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNul(v)]));
  return value;
}

const hasString = (v: unknown): boolean =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && Object.values(v).some(hasString));

/** The URL with NUL in every query value and in the last path parameter (or in an extra parameter). */
function urlWithNul(template: string, url: string): string {
  const [path, query] = url.split('?') as [string, string | undefined];
  const segments = path.split('/');
  const last = template.split('/').findLastIndex((s) => s.startsWith('{'));
  if (last >= 0) segments[last] = `${segments[last]}%00`;
  const pairs = (query ?? '').split('&').filter(Boolean);
  if (pairs.length === 0 && last < 0) pairs.push('note=');
  return `${segments.join('/')}${pairs.length ? '?' : ''}${pairs.map((p) => `${p}%00`).join('&')}`;
}

beforeAll(async () => {
  operations = await apiOperations(t);
});

describe('text hygiene: cleanText and cleanJson', () => {
  it('refuses C0 controls, allows tab/CR/LF only in multi-line text, and normalises to NFC', () => {
    expect(cleanText('Hoa\u0300', 'single-line')).toBe('Hoà');
    expect(cleanText('a\tb\r\nc', 'multi-line')).toBe('a\tb\r\nc');
    for (const bad of ['a\u0000b', '\u0001', 'x\u001b[31m', '\u007f'.replace('\u007f', '\u001f')]) {
      expect(() => cleanText(bad, 'multi-line')).toThrow(AppError);
    }
    expect(() => cleanText('a\tb', 'single-line')).toThrow(AppError);
    expect(() => cleanText('a\nb', 'single-line')).toThrow(AppError);
  });

  it('walks JSON deeply (keys too) and refuses nesting deeper than the limit', () => {
    expect(cleanJson({ 'Hoa\u0300': ['e\u0301', { x: 'o\u0302' }], n: 1, b: null })).toEqual({
      Hoà: ['é', { x: 'ô' }],
      n: 1,
      b: null,
    });
    expect(() => cleanJson({ a: [{ b: 'x\u0000' }] })).toThrow(/CONTROL_CHARACTERS/);
    const proto = cleanJson(JSON.parse('{"__proto__":{"polluted":1}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(() => cleanJson({ 'k\u0000': 1 })).toThrow(/CONTROL_CHARACTERS/);
    let deep: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) deep = [deep];
    expect(() => cleanJson(deep)).toThrow(/NESTING_TOO_DEEP/);
  });
});

describe('text hygiene at the edge of every route', () => {
  it(
    'answers 400 CONTROL_CHARACTERS, never 500, to NUL in any body, query or path of every operation',
    { timeout: 180_000 },
    async () => {
      const results: string[] = [];
      for (const op of operations.filter((o) => o.permission !== 'public')) {
        const key = `${op.method} ${op.path}`;
        const example = routeExamples[key]!;
        const call = await example.build(t);
        const session = await t.signIn(example.as);
        const body = call.body instanceof MultipartBody ? call.body : withNul(call.body);
        const jsonText = hasString(call.body) && !(call.body instanceof MultipartBody);
        const url = jsonText ? call.url : urlWithNul(op.path, call.url);
        const res = await session.request(op.method, url, body);
        const code = /"code":"(\w+)"/.exec(res.body)?.[1];
        if (res.statusCode !== 400 || code !== 'CONTROL_CHARACTERS') results.push(`${key} → ${res.statusCode} ${code}`);
      }
      expect(results).toEqual([]);
    },
  );

  it('refuses NUL on the public routes too: sign-in and card verification', async () => {
    const login = await t.anonymous('POST', '/api/auth/login', { login: 'admin\u0000', password: 'x\u0000' });
    expect(login.statusCode).toBe(400);
    expect(login.json().error.code).toBe('CONTROL_CHARACTERS');
    expect(login.json().error.message).toBe('Nội dung có ký tự điều khiển không hợp lệ.');
    const verify = await t.anonymous('GET', '/api/public/cards/verify?so=%00&ky=%00');
    expect(verify.json().error.code).toBe('CONTROL_CHARACTERS');
  });

  it('refuses NUL, tab and newlines in a search query (GET /api/org-units/search?q=%00)', async () => {
    const officer = await t.signIn('qt.canbo');
    for (const q of ['%00', 'a%09b', 'a%0Ab']) {
      const res = await officer.request('GET', `/api/org-units/search?q=${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('CONTROL_CHARACTERS');
    }
    const nfd = await officer.request(
      'GET',
      `/api/org-units/search?q=${encodeURIComponent('Quảng Trị'.normalize('NFD'))}`,
    );
    expect(nfd.statusCode).toBe(200);
    expect(nfd.body).toContain('Quảng Trị');
  });

  it('keeps tab and newlines in multi-line JSON text', async () => {
    const admin = await t.signIn('qt.quantri');
    const id = await unitId(t, 'QT-0001');
    const res = await admin.request('PATCH', `/api/org-units/${id}`, {
      employerAddress: 'Lô A\tKCN Nam Đông Hà\nĐông Hà'.normalize('NFD'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await t.db.pool.query('SELECT employer_address FROM org_units WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ employer_address: 'Lô A\tKCN Nam Đông Hà\nĐông Hà' });
  });

  it(
    'refuses control characters in upload file names and fields, on every upload route',
    { timeout: 180_000 },
    async () => {
      for (const key of uploadRoutes) {
        const example = routeExamples[key]!;
        const call = await example.build(t);
        const session = await t.signIn(example.as);
        const content = call.body instanceof MultipartBody ? call.body.file.content : Buffer.from('a,b\n1,2\n');
        const ext = call.body instanceof MultipartBody ? call.body.file.name.split('.').pop() : 'csv';
        for (const [name, fields] of [
          [`bien\u0000ban.${ext}`, {}],
          [`bien\u001bban.${ext}`, {}],
          [`ok.${ext}`, { note: 'x\u0000' }],
        ] as const) {
          const res = await session.request('POST', call.url, new MultipartBody({ name, content }, fields));
          expect(res.statusCode, `${key} ${JSON.stringify(name)} → ${res.body}`).toBe(400);
          expect(res.json().error.code).toBe('CONTROL_CHARACTERS');
        }
      }
    },
  );

  it(
    'answers 400 MULTIPART_BOUNDARY_MISSING to multipart without a boundary, on every upload route',
    { timeout: 180_000 },
    async () => {
      for (const key of uploadRoutes) {
        const example = routeExamples[key]!;
        const call = await example.build(t);
        const session = await t.signIn(example.as);
        const res = await t.app.inject({
          method: 'POST',
          url: call.url,
          headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'multipart/form-data' },
          payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\na\r\n--x--\r\n',
        });
        expect(res.statusCode, `${key} → ${res.body}`).toBe(400);
        expect(res.json().error.code).toBe('MULTIPART_BOUNDARY_MISSING');
      }
    },
  );
});
