import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  handoutBody,
  handoutDetail,
  handoutPartParams,
  idParam,
  okBody,
  Permission,
  programmeSpending,
  programmeUnitQuery,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';
import { receiveUpload } from '../../storage/upload';
import { editHandout } from './edit-handout';
import { handoutReceiptPdf } from './handout-receipt';
import { assertHandoutWritable, getHandout, handoutFile, setHandoutFile } from './handout-files';
import { getSpending } from './programme-figures';
import { programmeSummaryXlsx } from './programme-summary-xlsx';
import { signatureListDocx } from './signature-list-docx';
import { supportDecisionDocx } from './support-decision-docx';
import { signatureListPdf, supportDecisionPdf } from './welfare-pdfs';

/** Hand-outs (read, correct, photo and signature image), spending against budget, and the programme's documents. */
export async function welfareHandoutRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.WelfareRead };
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];

  r.get(
    '/api/welfare/nominations/:id/handout',
    {
      config: read,
      schema: { tags, summary: 'Thông tin lần trao hỗ trợ', params: idParam, response: { 200: handoutDetail } },
    },
    async (request) => getHandout(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/welfare/nominations/:id/handout',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa thông tin lần trao hỗ trợ',
        params: idParam,
        body: handoutBody,
        response: { 200: z.object({ id: z.number(), status: z.string() }) },
      },
    },
    async (request) => editHandout(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/welfare/nominations/:id/handout/:part',
    {
      config: write,
      schema: {
        tags,
        summary: 'Tải lên ảnh trao quà hoặc ảnh chữ ký người nhận',
        params: handoutPartParams,
        consumes: ['multipart/form-data'],
        response: { 200: okBody },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await assertHandoutWritable(ctx, request.params.id);
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['jpg', 'png'],
        maxBytes: 10 * 1024 * 1024,
        prefix: 'welfare-handouts',
      });
      await setHandoutFile(ctx, request.params.id, request.params.part, file);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/welfare/nominations/:id/handout/:part',
    {
      config: read,
      schema: {
        tags,
        summary: 'Ảnh trao quà hoặc ảnh chữ ký người nhận',
        params: handoutPartParams,
        produces: [mediaType.jpg, mediaType.png],
      },
    },
    async (request, reply) => {
      const file = await handoutFile(ctxOf(request), request.params.id, request.params.part);
      const type = /\.png$/i.test(file.fileName) ? mediaType.png : mediaType.jpg;
      return sendFile(reply, file.fileName, type, app.deps.files.get(file.key));
    },
  );
  // Only officials whose scope covers the nominating unit (the person's data); each download audited.
  r.get(
    '/api/welfare/nominations/:id/handout/receipt.pdf',
    {
      config: read,
      schema: {
        tags,
        summary: 'Biên nhận hỗ trợ (PDF, hai liên, số tiền bằng số và bằng chữ)',
        params: idParam,
        produces: [mediaType.pdf],
      },
    },
    async (request, reply) => {
      const file = await handoutReceiptPdf(ctxOf(request), request.params.id);
      return sendFile(reply, file.fileName, mediaType.pdf, file.body);
    },
  );
  r.get(
    '/api/welfare/programmes/:id/spending',
    {
      config: read,
      schema: {
        tags,
        summary: 'Kinh phí đã trao so với dự toán: theo nguồn, theo cấp, theo đơn vị',
        params: idParam,
        querystring: programmeUnitQuery,
        response: { 200: programmeSpending },
      },
    },
    async (request) => getSpending(ctxOf(request), request.params.id, request.query.unitId),
  );
  const documents = [
    ['decision.docx', 'Quyết định hỗ trợ kèm danh sách (.docx)', mediaType.docx, supportDecisionDocx],
    ['decision.pdf', 'Quyết định hỗ trợ kèm danh sách (PDF)', mediaType.pdf, supportDecisionPdf],
    ['signature-list.docx', 'Danh sách ký nhận (.docx)', mediaType.docx, signatureListDocx],
    ['signature-list.pdf', 'Danh sách ký nhận (PDF)', mediaType.pdf, signatureListPdf],
    ['summary.xlsx', 'Tổng hợp chương trình theo đơn vị (.xlsx)', mediaType.xlsx, programmeSummaryXlsx],
  ] as const;
  for (const [file, summary, type, make] of documents) {
    r.get(
      `/api/welfare/programmes/:id/${file}`,
      { config: read, schema: { tags, summary, params: idParam, querystring: programmeUnitQuery, produces: [type] } },
      async (request, reply) => {
        const out = await make(ctxOf(request), request.params.id, request.query.unitId);
        return sendFile(reply, out.fileName, type, out.body);
      },
    );
  }
}
