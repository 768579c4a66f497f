import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  briefingBody,
  briefingDetail,
  briefingList,
  idParam,
  Permission,
  taskBody,
  taskList,
  taskProgressBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';
import { briefingDocx } from './briefing-docx';
import { getBriefing } from './get-briefing';
import { listBriefings } from './list-briefings';
import { listTasks } from './list-tasks';
import { progressTask } from './progress-task';
import { saveBriefing } from './save-briefing';
import { saveTask } from './save-task';

const created = z.object({ id: z.number() });
const unitQuery = z.object({
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional(),
});

export async function briefingsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.ReportRead };
  const write = { permission: Permission.ReportWrite };
  const tags = ['briefings'];

  r.get(
    '/api/briefings',
    { config: read, schema: { tags, summary: 'Các cuộc giao ban, phiên làm việc', response: { 200: briefingList } } },
    async (request) => listBriefings(ctxOf(request)),
  );
  r.post(
    '/api/briefings',
    {
      config: write,
      schema: {
        tags,
        summary: 'Ghi một cuộc giao ban hoặc phiên làm việc',
        body: briefingBody,
        response: { 200: created },
      },
    },
    async (request) => saveBriefing(ctxOf(request), request.body),
  );
  r.get(
    '/api/briefings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Chi tiết giao ban, nhiệm vụ và việc chuyển tiếp',
        params: idParam,
        response: { 200: briefingDetail },
      },
    },
    async (request) => getBriefing(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/briefings/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa giao ban, phiên làm việc',
        params: idParam,
        body: briefingBody,
        response: { 200: created },
      },
    },
    async (request) => saveBriefing(ctxOf(request), request.body, request.params.id),
  );
  for (const [kind, summary] of [
    ['minutes', 'Biên bản (.docx)'],
    ['notice', 'Thông báo kết luận (.docx)'],
  ] as const) {
    r.get(
      `/api/briefings/:id/${kind}.docx`,
      { config: read, schema: { tags, summary, params: idParam, produces: [mediaType.docx] } },
      async (request, reply) => {
        const out = await briefingDocx(ctxOf(request), request.params.id, kind);
        return sendFile(reply, out.fileName, mediaType.docx, out.body);
      },
    );
  }
  r.get(
    '/api/tasks',
    {
      config: read,
      schema: {
        tags,
        summary: 'Việc của tôi, hoặc nhiệm vụ của một đơn vị và cấp dưới',
        querystring: unitQuery,
        response: { 200: taskList },
      },
    },
    async (request) => listTasks(ctxOf(request), request.query.unitId),
  );
  r.post(
    '/api/tasks',
    { config: write, schema: { tags, summary: 'Giao nhiệm vụ', body: taskBody, response: { 200: created } } },
    async (request) => saveTask(ctxOf(request), request.body),
  );
  r.put(
    '/api/tasks/:id',
    {
      config: write,
      schema: { tags, summary: 'Sửa nhiệm vụ', params: idParam, body: taskBody, response: { 200: created } },
    },
    async (request) => saveTask(ctxOf(request), request.body, request.params.id),
  );
  r.post(
    '/api/tasks/:id/progress',
    {
      config: read,
      schema: {
        tags,
        summary: 'Báo tiến độ, hoàn thành nhiệm vụ (kèm minh chứng)',
        params: idParam,
        body: taskProgressBody,
        response: { 200: z.object({ id: z.number(), status: z.string() }) },
      },
    },
    async (request) => progressTask(ctxOf(request), request.params.id, request.body.status, request.body.evidence),
  );
}
