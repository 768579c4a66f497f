import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignmentBody,
  assignmentList,
  completeness,
  figureRows,
  idParam,
  Permission,
  reportFormBody,
  reportFormList,
  reportReviewBody,
  reportView,
  saveReportBody,
} from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { ctxOf } from '../../http/request-ctx';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';
import { reportFile } from './report-document';
import { reportXlsx } from './report-xlsx';
import { assignReport } from './assign-report';
import { reportCompleteness } from './completeness';
import { createFormVersion, listForms } from './forms';
import { listFigureRows } from './figure-rows';
import { getReport } from './get-report';
import { indicatorList } from './list-indicators';
import { listAssignments } from './list-assignments';
import { reviewReport } from './review-report';
import { saveReport } from './save-report';

const unitParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});
const unitQuery = z.object({
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional(),
});
const saved = z.object({ id: z.number(), status: z.string() });
const indicatorRows = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      vi: z.string(),
      unit: z.enum(['count', 'vnd', 'percent']),
      aggregation: z.string(),
      source: z.enum(['computed', 'entered']),
    }),
  ),
});

export async function reportsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.ReportRead };
  const write = { permission: Permission.ReportWrite };
  const approve = { permission: Permission.ReportApprove };
  const tags = ['reports'];

  r.get(
    '/api/reports/indicators',
    { config: read, schema: { tags, summary: 'Danh mục chỉ tiêu báo cáo', response: { 200: indicatorRows } } },
    async () => indicatorList(),
  );
  r.get(
    '/api/reports/forms',
    {
      config: read,
      schema: { tags, summary: 'Các biểu mẫu báo cáo (phiên bản mới nhất)', response: { 200: reportFormList } },
    },
    async (request) => listForms(ctxOf(request)),
  );
  r.post(
    '/api/reports/forms',
    {
      config: write,
      schema: {
        tags,
        summary: 'Lưu biểu mẫu thành một phiên bản mới',
        body: reportFormBody,
        response: { 200: z.object({ id: z.number(), version: z.number() }) },
      },
    },
    async (request) => createFormVersion(ctxOf(request), request.body),
  );
  r.get(
    '/api/reports/assignments',
    { config: read, schema: { tags, summary: 'Các đợt báo cáo', response: { 200: assignmentList } } },
    async (request) => listAssignments(ctxOf(request)),
  );
  r.post(
    '/api/reports/assignments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Giao báo cáo cho các đơn vị trực thuộc',
        body: assignmentBody,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => assignReport(ctxOf(request), request.body),
  );
  r.get(
    '/api/reports/assignments/:id/completeness',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tỷ lệ đầy đủ và đúng hạn theo đơn vị',
        params: idParam,
        querystring: unitQuery,
        response: { 200: completeness },
      },
    },
    async (request) => reportCompleteness(ctxOf(request), request.params.id, request.query.unitId),
  );
  r.get(
    '/api/reports/assignments/:id/units/:unitId',
    {
      config: read,
      schema: { tags, summary: 'Báo cáo của một đơn vị', params: unitParams, response: { 200: reportView } },
    },
    async (request) => getReport(ctxOf(request), request.params.id, request.params.unitId),
  );
  r.put(
    '/api/reports/assignments/:id/units/:unitId',
    {
      config: write,
      schema: { tags, summary: 'Lưu nháp báo cáo', params: unitParams, body: saveReportBody, response: { 200: saved } },
    },
    async (request) => saveReport(ctxOf(request), request.params.id, request.params.unitId, request.body, false),
  );
  r.post(
    '/api/reports/assignments/:id/units/:unitId/submit',
    {
      config: write,
      schema: {
        tags,
        summary: 'Gửi báo cáo lên cấp trên',
        params: unitParams,
        body: saveReportBody,
        response: { 200: saved },
      },
    },
    async (request) => saveReport(ctxOf(request), request.params.id, request.params.unitId, request.body, true),
  );
  r.post(
    '/api/reports/submissions/:id/review',
    {
      config: approve,
      schema: {
        tags,
        summary: 'Duyệt, trả lại hoặc mở lại báo cáo của cấp dưới',
        params: idParam,
        body: reportReviewBody,
        response: { 200: saved },
      },
    },
    async (request) => reviewReport(ctxOf(request), request.params.id, request.body.decision, request.body.comment),
  );
  r.get(
    '/api/reports/assignments/:id/units/:unitId/indicators/:key/rows',
    {
      config: read,
      schema: {
        tags,
        summary: 'Các bản ghi làm nên một chỉ tiêu tự tính (xem chi tiết)',
        params: unitParams.extend({ key: z.string().regex(/^[a-z0-9_.]{2,60}$/) }),
        querystring: z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) }),
        response: { 200: figureRows },
      },
    },
    async (request) =>
      listFigureRows(ctxOf(request), request.params.id, request.params.unitId, request.params.key, request.query.page),
  );
  const downloads = [
    [
      'docx',
      'Tải báo cáo (.docx, Nghị định 30)',
      (ctx: Ctx, id: number, unit: number) => reportFile(ctx, id, unit, 'docx'),
      mediaType.docx,
    ],
    ['xlsx', 'Tải báo cáo (.xlsx, một dòng mỗi đơn vị trực thuộc)', reportXlsx, mediaType.xlsx],
    [
      'pdf',
      'Tải báo cáo (PDF)',
      (ctx: Ctx, id: number, unit: number) => reportFile(ctx, id, unit, 'pdf'),
      mediaType.pdf,
    ],
  ] as const;
  for (const [ext, summary, make, type] of downloads) {
    r.get(
      `/api/reports/assignments/:id/units/:unitId/report.${ext}`,
      { config: read, schema: { tags, summary, params: unitParams, produces: [type] } },
      async (request, reply) => {
        const out = await make(ctxOf(request), request.params.id, request.params.unitId);
        return sendFile(reply, out.fileName, type, out.body);
      },
    );
  }
}
