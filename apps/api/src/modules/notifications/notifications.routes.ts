import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, notificationList, okBody } from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { listNotifications, markNotificationRead } from './notifications';

export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/api/notifications',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Thông báo của tôi', response: { 200: notificationList } },
    },
    async (request) => listNotifications(ctxOf(request)),
  );
  r.post(
    '/api/notifications/:id/read',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Đánh dấu đã đọc', params: idParam, response: { 200: okBody } },
    },
    async (request) => markNotificationRead(ctxOf(request), request.params.id),
  );
}
