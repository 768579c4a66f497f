import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

/**
 * What an integrator does: generate a typed client from /api/openapi.json (openapi-typescript), check
 * that code written against it typechecks, then run that code with openapi-fetch against the running
 * API: sign in, search members, upload an import (multipart, with the CSRF header the document asks for).
 */
const t = useTestApp();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const dir = path.join(root, '.test-data', `openapi-client-${process.pid}`);
let baseUrl = '';

type Journey = (
  baseUrl: string,
  login: string,
  password: string,
  unitId: number,
  csv: Blob,
) => Promise<{
  total?: number;
  names: string[];
  missingCode?: string;
  upload?: unknown;
  uploadError?: unknown;
  forgotCode?: string;
}>;

// The integrator's code. It is typechecked against the generated types, then run.
const journeySource = String.raw`
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export async function journey(baseUrl: string, login: string, password: string, unitId: number, csv: Blob) {
  const anonymous = createClient<paths>({ baseUrl });
  const signIn = await anonymous.POST('/api/auth/login', { body: { login, password } });
  if (!signIn.data) throw new Error('sign-in refused: ' + signIn.error.error.code);
  const csrfToken: string = signIn.data.csrfToken;
  const cookie = (signIn.response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const client = createClient<paths>({ baseUrl, headers: { cookie } });

  const found = await client.GET('/api/members', { params: { query: { q: 'nguyen', pageSize: 5 } } });
  const names: string[] = (found.data?.items ?? []).map((m) => m.fullName);

  // Errors are typed with the shared schema (not never): code is one of the catalogue's codes.
  const missing = await client.GET('/api/members/{id}', { params: { path: { id: 2 ** 31 - 1 } } });
  const missingCode: string | undefined = missing.error?.error.code;

  const upload = await client.POST('/api/imports', {
    params: { query: { unitId }, header: { 'x-csrf-token': csrfToken } },
    body: { file: csv },
    bodySerializer: (body) => {
      const form = new FormData();
      form.append('file', body.file, 'danh-sach.csv');
      return form;
    },
  });

  // @ts-expect-error the document makes the CSRF header required on writes: a client cannot forget it
  const forgot = await client.POST('/api/auth/logout', {});
  const forgotCode: string | undefined = forgot.error?.error.code;

  return { total: found.data?.total, names, missingCode, upload: upload.data, uploadError: upload.error, forgotCode };
}
`;

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  fs.mkdirSync(dir, { recursive: true });
  const doc = (await t.anonymous('GET', '/api/openapi.json')).json<Record<string, unknown>>();
  const nodes = await openapiTS(doc as never, {
    // A binary file is a Blob for fetch (openapi-typescript would say string).
    transform: (schema) =>
      schema.format === 'binary' ? ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob')) : undefined,
  });
  fs.writeFileSync(path.join(dir, 'schema.d.ts'), astToString(nodes));
  fs.writeFileSync(path.join(dir, 'journey.ts'), journeySource);
  const tsconfig = {
    extends: path.join(root, 'tsconfig.base.json'),
    compilerOptions: { lib: ['ES2023', 'DOM'], types: ['node'], typeRoots: [path.join(root, 'node_modules/@types')] },
    files: ['journey.ts', 'schema.d.ts'],
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a typed client generated from the OpenAPI document', () => {
  it('typechecks code written against it (tsc)', { timeout: 180_000 }, async () => {
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', dir]).catch((e: { stdout: string }) => ({
      stdout: e.stdout,
    }));
    expect(result.stdout).toBe('');
  });

  it('signs in, searches members and uploads an import through it', { timeout: 60_000 }, async () => {
    const { journey } = (await import(pathToFileURL(path.join(dir, 'journey.ts')).href)) as { journey: Journey };
    const csv = new Blob(['Họ và tên;Ngày sinh;Giới tính\nLê Thị Thử;01/01/1990;Nữ\n'], { type: 'text/csv' });
    const out = await journey(baseUrl, 'qt.canbo', t.password, await unitId(t, 'QT-0001'), csv);
    expect(out.total).toBeGreaterThan(0);
    expect(out.names.length).toBeGreaterThan(0);
    expect(out.missingCode).toBe('MEMBER_NOT_FOUND');
    expect(out.uploadError).toBeUndefined();
    expect(out.upload).toMatchObject({ fileName: 'danh-sach.csv', status: expect.any(String) });
    expect(out.forgotCode).toBe('CSRF_FAILED');
  });
});
