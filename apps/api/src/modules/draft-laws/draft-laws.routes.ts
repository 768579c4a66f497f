import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  draftLawBody,
  draftLawDetail,
  draftLawList,
  idParam,
  opinionBody,
  Permission,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { receiveUpload } from '../../storage/upload';
import { withUploadSlot } from '../../storage/upload-admission';
import { addOpinion, createDraftLaw, getDraftLaw, listDraftLaws } from './draft-laws';
import { articlesFromDocx } from './parse-docx';
import { draftLawSummaryFile } from './summary-document';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';

const importQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  title: z.string().trim().min(1).max(300),
  opensOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  closesOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export async function draftLawRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.PetitionRead };
  const write = { permission: Permission.PetitionWrite };
  const tags = ['draft-laws'];
  r.get(
    '/api/draft-laws',
    { config: read, schema: { tags, summary: 'Lấy ý kiến dự thảo luật', response: { 200: draftLawList } } },
    async (request) => listDraftLaws(ctxOf(request)),
  );
  r.post(
    '/api/draft-laws',
    {
      config: write,
      schema: { tags, summary: 'Nhập dự thảo luật', body: draftLawBody, response: { 200: draftLawDetail } },
    },
    async (request) => createDraftLaw(ctxOf(request), request.body),
  );
  r.post(
    '/api/draft-laws/import',
    {
      config: write,
      schema: {
        tags,
        summary: 'Nhập dự thảo từ tệp .docx',
        querystring: importQuery,
        consumes: ['multipart/form-data'],
        response: { 200: draftLawDetail },
      },
    },
    async (request) => {
      // The .docx is read in memory by mammoth: the upload slot covers that too.
      const articles = await withUploadSlot(request, async () => {
        const file = await receiveUpload(request, app.deps.files, {
          allowed: ['docx'],
          maxBytes: 10 * 2 ** 20,
          prefix: 'draft-laws',
        });
        const chunks: Buffer[] = [];
        for await (const chunk of app.deps.files.get(file.key)) chunks.push(chunk as Buffer);
        return articlesFromDocx(Buffer.concat(chunks)).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'FILE_ZIP_BOMB') throw error;
          throw new AppError('FILE_TYPE_NOT_ALLOWED', { allowed: 'docx' });
        });
      });
      if (!articles.length) throw new AppError('DRAFT_LAW_NO_ARTICLES');
      return createDraftLaw(ctxOf(request), { ...request.query, articles });
    },
  );
  r.get(
    '/api/draft-laws/:id',
    {
      config: read,
      schema: { tags, summary: 'Dự thảo và ý kiến theo điều', params: idParam, response: { 200: draftLawDetail } },
    },
    async (request) => getDraftLaw(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/draft-laws/:id/opinions',
    {
      config: write,
      schema: {
        tags,
        summary: 'Góp ý một điều',
        params: idParam,
        body: opinionBody,
        response: { 200: draftLawDetail },
      },
    },
    async (request) => addOpinion(ctxOf(request), request.params.id, request.body),
  );
  // The summary in both formats, from one content (summary-document.ts).
  for (const format of ['docx', 'pdf'] as const)
    r.get(
      `/api/draft-laws/:id/summary.${format}`,
      {
        config: read,
        schema: {
          tags,
          summary: `Tổng hợp ý kiến theo điều (${format === 'pdf' ? 'PDF' : '.docx'}, Nghị định 30)`,
          params: idParam,
          produces: [mediaType[format]],
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const law = await getDraftLaw(ctx, request.params.id);
        const file = await draftLawSummaryFile(ctx, law, format);
        return sendFile(reply, file.fileName, file.contentType, file.body);
      },
    );
}
