import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Permission, petitionReport as reportSchema, reportQuery } from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { sendFile } from '../../../http/send-file';
import { exportPetitionReport, reportDownloadQuery as downloadQuery } from './export-report';
import { petitionReport } from './petition-report';
import { mediaType } from '../../../kit/media-types';

export async function petitionReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.PetitionRead };
  const tags = ['petition-reports'];
  r.get(
    '/api/petition-reports/summary',
    {
      config: read,
      schema: { tags, summary: 'Thống kê kiến nghị', querystring: reportQuery, response: { 200: reportSchema } },
    },
    async (request) => petitionReport(ctxOf(request), request.query),
  );
  r.get(
    '/api/petition-reports/summary.xlsx',
    { config: read, schema: { tags, summary: 'Xuất Excel', querystring: downloadQuery, produces: [mediaType.xlsx] } },
    async (request, reply) => {
      const file = await exportPetitionReport(ctxOf(request), 'xlsx', request.query);
      return sendFile(reply, file.fileName, file.contentType, file.body);
    },
  );
  r.get(
    '/api/petition-reports/summary.docx',
    {
      config: read,
      schema: {
        tags,
        summary: 'Báo cáo tổng hợp kiến nghị (.docx, Nghị định 30)',
        querystring: downloadQuery,
        produces: [mediaType.docx],
      },
    },
    async (request, reply) => {
      const file = await exportPetitionReport(ctxOf(request), 'docx', request.query);
      return sendFile(reply, file.fileName, file.contentType, file.body);
    },
  );
  r.get(
    '/api/petition-reports/summary.pdf',
    {
      config: read,
      schema: {
        tags,
        summary: 'Báo cáo tổng hợp kiến nghị (PDF)',
        querystring: downloadQuery,
        produces: [mediaType.pdf],
      },
    },
    async (request, reply) => {
      const file = await exportPetitionReport(ctxOf(request), 'pdf', request.query);
      return sendFile(reply, file.fileName, file.contentType, file.body);
    },
  );
}
