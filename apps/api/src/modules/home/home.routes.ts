import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-ctx';
import { homeEntries } from './home';

const homeList = z.object({
  items: z.array(z.object({ key: z.string(), count: z.number(), link: z.string(), tone: z.enum(['urgent', 'todo']) })),
});

export async function homeRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/home',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['home'], summary: 'Việc đang chờ của tôi', response: { 200: homeList } },
    },
    async (request) => homeEntries(ctxOf(request)),
  );
}
