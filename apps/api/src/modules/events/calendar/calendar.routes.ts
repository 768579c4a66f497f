import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  Permission,
  calendarFeedIssued,
  calendarFeedParams,
  calendarFeedStatus,
  idParam,
  okBody,
} from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { sendFile } from '../../../http/send-file';
import { mediaType } from '../../../kit/media-types';
import { calendarFeedStatus as feedStatus, issueCalendarFeed, revokeCalendarFeed } from './calendar-feed';
import { calendarFeedByToken } from './feed-by-token';
import { eventIcs } from './event-ics';

const ICS = 'text/calendar; charset=utf-8';

export async function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['events'];
  const self = { permission: 'authenticated' } as const;

  r.get(
    '/api/events/:id/event.ics',
    {
      config: { permission: Permission.CampaignRead },
      schema: { tags, summary: 'Tải một sự kiện (.ics)', params: idParam, produces: [mediaType.ics] },
    },
    async (request, reply) => {
      const file = await eventIcs(ctxOf(request), request.params.id);
      return sendFile(reply, file.fileName, ICS, file.body);
    },
  );
  r.get(
    '/api/me/calendar-feed',
    { config: self, schema: { tags, summary: 'Liên kết lịch riêng của tôi', response: { 200: calendarFeedStatus } } },
    async (request) => feedStatus(ctxOf(request)),
  );
  r.post(
    '/api/me/calendar-feed',
    {
      config: self,
      schema: { tags, summary: 'Tạo hoặc đổi liên kết lịch riêng', response: { 200: calendarFeedIssued } },
    },
    async (request) => issueCalendarFeed(ctxOf(request)),
  );
  r.delete(
    '/api/me/calendar-feed',
    { config: self, schema: { tags, summary: 'Thu hồi liên kết lịch riêng', response: { 200: okBody } } },
    async (request) => revokeCalendarFeed(ctxOf(request)),
  );
  // No cookie: calendar apps subscribe by URL. The token in it is the credential.
  r.get(
    '/api/calendar-feeds/:token/lich.ics',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Lịch đăng ký theo liên kết riêng (không cần đăng nhập)',
        params: calendarFeedParams,
        produces: [mediaType.ics],
      },
    },
    async (request, reply) => {
      const ics = await calendarFeedByToken(ctxOf(request), request.params.token);
      void reply.header('Cache-Control', 'private, no-store');
      return sendFile(reply, 'lich-su-kien.ics', ICS, ics);
    },
  );
}
