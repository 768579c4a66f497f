import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, Permission, tripBody, tripList } from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { createTrip } from './create-trip';
import { listTrips } from './list-trips';
import { updateTrip } from './update-trip';

// Trips home for Tết. Registering, tickets and boarding go through the event routes (a trip is an event).
export async function tripRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.WelfareRead };
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];
  const created = z.object({ id: z.number() });

  r.get(
    '/api/welfare/programmes/:id/trips',
    {
      config: read,
      schema: {
        tags,
        summary: 'Các chuyến xe về quê đón Tết của chương trình, vé đã phân bổ, đăng ký, đã dùng',
        params: idParam,
        response: { 200: tripList },
      },
    },
    async (request) => listTrips(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/welfare/programmes/:id/trips',
    {
      config: write,
      schema: { tags, summary: 'Thêm chuyến xe về quê', params: idParam, body: tripBody, response: { 200: created } },
    },
    async (request) => createTrip(ctxOf(request), request.params.id, request.body),
  );
  r.put(
    '/api/welfare/trips/:id',
    {
      config: write,
      schema: { tags, summary: 'Sửa chuyến xe về quê', params: idParam, body: tripBody, response: { 200: created } },
    },
    async (request) => updateTrip(ctxOf(request), request.params.id, request.body),
  );
}
