import { describe, expect, it } from 'vitest';
import { Permission } from '@congdoan/domain';
import { scopeFor } from '../context/actor';
import { requireActor, type Ctx } from '../context/context';
import { ctxOf } from '../http/request-ctx';
import { startScheduler } from '../kit/scheduler';
import { useTestApp } from '../testing/test-app';
import { defineModule } from './declaration';
import { modules } from './index';
import { jobDefinitionsOf } from './jobs/job-registry';

// A whole module in one declaration, as a new folder would hold it (use case, routes, job, schedule, indicator):
// the app, the job runner and the scheduler pick it up from the list alone.
async function countUnits(ctx: Ctx): Promise<{ units: number }> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const { rows } = await ctx.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM org_units WHERE path <@ $1::ltree[]',
    [scopes],
  );
  return { units: rows[0]!.n };
}

const countJob = async () => ({ counted: true });
const greetings = defineModule({
  name: 'greetings',
  description: 'Lời chào (mô-đun thử).',
  routes: [
    async (app) => {
      app.get('/api/greetings/units', { config: { permission: Permission.OrgRead } }, async (request) =>
        countUnits(ctxOf(request)),
      );
    },
  ],
  jobs: { 'greetings.count': { handler: countJob } },
  schedules: [{ name: 'greetings.tick', firstAfterMs: 0, everyMs: 60_000, run: async () => 'tick' }],
  errors: {},
  indicators: [{ key: 'greetings', vi: 'Lời chào', en: 'Greetings', unit: 'count' }],
});

const t = useTestApp({ modules: [...modules, greetings] });

describe('a module added to the list is served from its declaration alone', () => {
  it('registers its route with its permission, checked per request and scoped to the caller', async () => {
    const spec = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(spec.paths['/api/greetings/units'].get['x-permission']).toBe('org.read');
    expect((await t.anonymous('GET', '/api/greetings/units')).statusCode).toBe(401);
    const all = (await (await t.signIn('admin')).request('GET', '/api/greetings/units')).json();
    const quangTri = (await (await t.signIn('qt.canbo')).request('GET', '/api/greetings/units')).json();
    expect(quangTri.units).toBeGreaterThan(0);
    expect(all.units).toBeGreaterThan(quangTri.units);
  });

  it('gives the job runner its handler and the scheduler its schedule', async () => {
    expect(jobDefinitionsOf([...modules, greetings]).get('greetings.count')?.handler).toBe(countJob);
    expect(jobDefinitionsOf(modules).get('greetings.count')).toBeUndefined();
    const said: string[] = [];
    const scheduler = startScheduler(t.db.pool, greetings.schedules ?? [], (line) => said.push(line));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await scheduler.stop();
    expect(said).toEqual(['tick']);
  });
});
