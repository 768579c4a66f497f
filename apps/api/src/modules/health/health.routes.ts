import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appliedMigration } from '../../db/migrate';

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
    async () => {
      const { pool, dbMode } = app.deps;
      const version = await pool
        .query<{ v: string }>("SELECT current_setting('server_version') AS v")
        .then((r) => r.rows[0]?.v ?? 'unknown')
        .catch(() => null);
      return {
        status: version ? ('ok' as const) : ('degraded' as const),
        db: {
          mode: dbMode,
          version: version ?? 'unreachable',
          migration: version ? await appliedMigration(pool) : null,
        },
      };
    },
  );
}
