import type { JsonSchema } from './fuzz/from-schema';
import type { TestApp } from './test-app';

/** One API operation as the OpenAPI document describes it. */
export type Operation = {
  method: string;
  path: string;
  /** x-permission: 'public', 'authenticated' or a permission ('' when a route declares none). */
  permission: string;
  params: { in: 'path' | 'query'; name: string; schema?: JsonSchema }[];
  body?: JsonSchema;
};

type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        'x-permission'?: string;
        parameters?: Operation['params'];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
};

/** Every operation of an OpenAPI document (the tests that walk all routes share this list). */
export function operationsOf(spec: unknown): Operation[] {
  return Object.entries((spec as OpenApi).paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      permission: op['x-permission'] ?? '',
      params: (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query'),
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

/** The operations the running test app serves at /api/openapi.json. */
export async function apiOperations(t: TestApp): Promise<Operation[]> {
  return operationsOf((await t.anonymous('GET', '/api/openapi.json')).json());
}
