import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkHealth } from './check-health';

const healthBody = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.object({ mode: z.enum(['embedded', 'server']), version: z.string(), migration: z.string().nullable() }),
});

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: { tags: ['system'], summary: 'Tình trạng hệ thống', response: { 200: healthBody } },
    },
    async () => checkHealth(app.deps.pool, app.deps.dbMode),
  );
}
