import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, idParam, job, jobList } from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { auditEvent } from '../../db/tx';
import { getJob } from './get-job';
import { listMyJobs } from './list-my-jobs';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';

export async function jobRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['jobs'];

  r.get(
    '/api/jobs',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Tác vụ của tôi', response: { 200: jobList } },
    },
    async (request) => ({ items: await listMyJobs(ctxOf(request)) }),
  );

  r.get(
    '/api/jobs/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Tiến độ một tác vụ', params: idParam, response: { 200: job } },
    },
    async (request) => {
      const { fileKey: _k, fileName: _n, ...rest } = await getJob(ctxOf(request), request.params.id);
      return rest;
    },
  );

  r.get(
    '/api/jobs/:id/file',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Tải tệp kết quả',
        params: idParam,
        produces: [mediaType.csv, mediaType.xlsx, mediaType.any],
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const found = await getJob(ctx, request.params.id);
      if (!found.fileKey) throw new AppError('FILE_NOT_FOUND');
      const stream = app.deps.files.get(found.fileKey);
      // Downloads of generated files (exports, error reports) are logged like exports.
      await ctx.tx('job.download', (tx) =>
        auditEvent(tx, { action: 'job.download', entityType: 'jobs', entityId: found.id, data: { kind: found.kind } }),
      );
      const name = found.fileName ?? `tep-${found.id}`;
      return sendFile(
        reply,
        name,
        name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/octet-stream',
        stream,
      );
    },
  );
}
