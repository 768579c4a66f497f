import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { featureRoutes } from '../app';
import { loadConfig } from '../config';
import { registerGuard } from './guard';
import './route-permission';

type Node = { _zod: { def: Record<string, unknown> & { type: string; shape?: Record<string, unknown> } } };
const isSchema = (v: unknown): v is Node => typeof v === 'object' && v !== null && '_zod' in v;

/** Paths inside a zod schema where a transform sits: such a schema cannot encode a response. */
function transformsIn(schema: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (!isSchema(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def;
  if (def.type === 'transform') return [path || '(root)'];
  const found: string[] = [];
  if (def.type === 'object' && def.shape) {
    for (const [k, v] of Object.entries(def.shape)) found.push(...transformsIn(v, `${path}.${k}`, seen));
  }
  for (const v of Object.values(def)) {
    if (isSchema(v)) found.push(...transformsIn(v, path, seen));
    else if (Array.isArray(v)) for (const e of v) found.push(...transformsIn(e, path, seen));
  }
  return found;
}

describe('response schemas', () => {
  it('never reuse an input schema with transforms (ZodEncodeError → 500 on every such answer)', async () => {
    const app = Fastify();
    app.decorate('deps', { config: loadConfig({}) } as never);
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    const offenders: string[] = [];
    let responses = 0;
    app.addHook('onRoute', (route) => {
      const response = (route.schema?.response ?? {}) as Record<string, z.ZodType>;
      for (const [status, schema] of Object.entries(response)) {
        responses++;
        for (const at of transformsIn(schema)) offenders.push(`${String(route.method)} ${route.url} ${status}${at}`);
      }
    });
    registerGuard(app, {} as never, 60);
    for (const routes of featureRoutes) await app.register(routes);
    await app.close();
    expect(responses).toBeGreaterThan(80);
    expect([...new Set(offenders)]).toEqual([]);
  });

  it('finds a transform where there is one', async () => {
    const { personInput } = await import('@congdoan/domain');
    expect(transformsIn(personInput).length).toBeGreaterThan(0);
  });
});
