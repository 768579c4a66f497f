import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { errorCatalog } from '@congdoan/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../modules/index';
import { openApiDocument } from '../../testing/openapi-document';
import { LICENSE } from './finish-document';
import { operationIdFor } from './operation-id';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

type Op = {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { $ref?: string; in?: string; name?: string }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, { format?: string }> } }> };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
  'x-permission': string;
};
type Doc = {
  info: { license?: { name: string } };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Op>>;
};

let doc: Doc;
let ops: { method: string; path: string; op: Op }[] = [];
const key = (o: { method: string; path: string }) => `${o.method.toUpperCase()} ${o.path}`;

beforeAll(async () => {
  doc = (await openApiDocument()) as Doc;
  ops = Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path: p, op })),
  );
});

describe('the OpenAPI document', () => {
  it('passes Redocly with the rules of redocly.yaml: no error, no warning', { timeout: 60_000 }, async () => {
    const config = await loadConfig({ configPath: path.join(root, 'redocly.yaml') });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: path.join(root, 'openapi.json'),
      config,
    });
    const report = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(report).toEqual([]);
    // No rule of the strict set is switched off to get there (no-ambiguous-paths was, until the URLs moved).
    expect(fs.readFileSync(path.join(root, 'redocly.yaml'), 'utf8')).not.toMatch(/:\s*off\b/);
  });

  it('gives every operation a unique camelCase operationId, derived from method and URL', () => {
    expect(ops.length).toBeGreaterThan(120);
    const ids = ops.map((o) => o.op.operationId);
    for (const o of ops) {
      expect(o.op.operationId, key(o)).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(o.op.operationId, key(o)).toBe(operationIdFor(o.method, o.path));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdFor('GET', '/api/members/:id/card')).toBe('getMembersByIdCard');
    expect(operationIdFor('get', '/api/petition-reports/summary.xlsx')).toBe('getPetitionReportsSummaryXlsx');
  });

  it('tags each operation with its module, and lists every module used with a description', () => {
    const names = new Set(modules.map((m) => m.name));
    for (const o of ops) expect(o.op.tags?.length === 1 && names.has(o.op.tags[0]!), key(o)).toBe(true);
    const used = new Set(ops.map((o) => o.op.tags![0]!));
    expect(doc.tags?.map((t) => t.name).sort()).toEqual([...used].sort());
    for (const t of doc.tags ?? []) expect(t.description?.length, t.name).toBeGreaterThan(5);
  });

  it('asks a session of protected operations, none of public ones, and the CSRF header where the guard checks it', () => {
    const publicOps = ops.filter((o) => o.op['x-permission'] === 'public').map(key);
    expect(publicOps).toEqual(expect.arrayContaining(['POST /api/auth/login', 'GET /api/health']));
    for (const o of ops) {
      const isPublic = o.op['x-permission'] === 'public';
      expect(o.op.security, key(o)).toEqual(isPublic ? [] : [{ session: [] }]);
      const csrf = (o.op.parameters ?? []).some((p) => p.$ref === '#/components/parameters/CsrfToken');
      expect(csrf, key(o)).toBe(!isPublic && o.method !== 'get');
    }
  });

  it('documents the errors of every operation with the one error schema', () => {
    const missing: string[] = [];
    for (const o of ops) {
      const errors = Object.entries(o.op.responses).filter(([s]) => Number(s) >= 400);
      for (const [status, r] of errors) {
        if (r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/Error')
          missing.push(`${key(o)} ${status}`);
      }
      const statuses = errors.map(([s]) => s);
      const want = ['400', '500', '503'];
      if (o.op['x-permission'] !== 'public') want.push('401');
      if (!['public', 'authenticated'].includes(o.op['x-permission'])) want.push('403');
      if (o.path.includes('{')) want.push('404');
      for (const s of want) if (!statuses.includes(s)) missing.push(`${key(o)} ${s}`);
    }
    expect(missing).toEqual([]);
    // The guard's codes are named where they apply.
    const logout = doc.paths['/api/auth/logout']!.post!.responses;
    expect(JSON.stringify(logout['403'])).toContain('CSRF_FAILED');
    const login = doc.paths['/api/auth/login']!.post!.responses;
    expect(JSON.stringify(login['401'])).toContain('INVALID_CREDENTIALS');
    expect(JSON.stringify(login)).not.toContain('UNAUTHENTICATED');
    const jobFile = doc.paths['/api/jobs/{id}/file']!.get!.responses;
    expect(JSON.stringify(jobFile['404'])).toContain('FILE_NOT_FOUND');
    const upload = doc.paths['/api/imports']!.post!.responses;
    for (const code of ['FILE_TOO_LARGE', 'FILE_TYPE_NOT_ALLOWED', 'UPLOAD_BUSY_USER', 'CSRF_FAILED'])
      expect(JSON.stringify(upload), code).toContain(code);
    expect(JSON.stringify(login['429'])).toContain('LOGIN_DELAYED');
  });

  it('types uploads as multipart with a binary file, on every route that reads one', () => {
    const uploads = ops.filter((o) => o.op.requestBody?.content['multipart/form-data']);
    for (const o of uploads) {
      const form = o.op.requestBody!.content['multipart/form-data']!.schema;
      expect(form.properties?.file?.format, key(o)).toBe('binary');
    }
    // Each call of receiveUpload() in a routes file is one upload route declaring the multipart form.
    const calls = routesSources().reduce((n, src) => n + (src.match(/receiveUpload\(/g)?.length ?? 0), 0);
    expect(uploads.map(key), "an upload route declares consumes: ['multipart/form-data']").toHaveLength(calls);
    expect(uploads.map(key)).toContain('POST /api/imports');
  });

  it('gives every success response a content type: JSON, or the file types of a download', () => {
    const untyped = ops.filter((o) => !o.op.responses['200']?.content).map(key);
    expect(untyped, 'a download route declares produces: [mediaType.…] in its schema').toEqual([]);
    const docx = doc.paths['/api/campaigns/{id}/summary.docx']!.get!.responses['200']!.content!;
    expect(Object.keys(docx)).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
  });

  it('sets servers from PUBLIC_URL, the licence of the repository, and only typed nullables', () => {
    expect(doc.servers?.map((s) => s.url)).toEqual(['https://congdoan.test', '/']);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { license: string };
    expect(doc.info.license?.name).toBe(pkg.license);
    expect(LICENSE.name).toBe(pkg.license);
    const untyped: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.nullable === true && n.type === undefined) untyped.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(doc, '#');
    expect(untyped).toEqual([]);
    expect(Object.keys(errorCatalog).length).toBeGreaterThan(50);
  });
});

function routesSources(): string[] {
  const dir = path.join(root, 'apps/api/src/modules');
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.routes.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}
