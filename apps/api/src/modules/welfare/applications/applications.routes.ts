import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, Permission } from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { collectApplications } from './collect-applications';
import { linkApplicationEvent } from './link-application-event';

const eventId = z
  .number()
  .int()
  .positive()
  .max(2 ** 53)
  .nullable();

/** Members' own applications through an event's registrations (online Tết Market). */
export async function welfareApplicationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];

  r.put(
    '/api/welfare/programmes/:id/application-event',
    {
      config: write,
      schema: {
        tags,
        summary: 'Nhận đơn tự đăng ký của đoàn viên qua một sự kiện (null: thôi nhận)',
        params: idParam,
        body: z.strictObject({ eventId }),
        response: { 200: z.object({ id: z.number(), applicationEventId: z.number().nullable() }) },
      },
    },
    async (request) => linkApplicationEvent(ctxOf(request), request.params.id, request.body.eventId),
  );
  r.post(
    '/api/welfare/programmes/:id/applications',
    {
      config: write,
      schema: {
        tags,
        summary: 'Nhận các lượt đăng ký của sự kiện thành đơn đề nghị (vào cùng quy trình xét duyệt)',
        params: idParam,
        response: {
          200: z.object({
            created: z.number(),
            skipped: z.array(z.object({ registrationId: z.number(), fullName: z.string(), code: z.string() })),
          }),
        },
      },
    },
    async (request) => collectApplications(ctxOf(request), request.params.id),
  );
}
