import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkImportBody, idParam, memberImport, Permission } from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { withUploadSlot } from '../../../storage/upload-admission';
import { receiveUpload } from '../../../storage/upload';
import { importUploadRules, receiveImport, receiveJsonUpload } from '../../member-import';
import { checkNominations } from './check-nominations';
import { commitNominations } from './commit-nominations';
import { nominationListTarget } from './receive-nominations';

/**
 * Bulk nomination from a spreadsheet. Upload, check and commit are here; the steps in between (sheet,
 * encoding, rows of the preview, the import itself) are the member import's routes under /api/imports/{id}.
 */
export async function welfareBulkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];

  r.post(
    '/api/welfare/programmes/:id/imports',
    {
      config: write,
      bodyLimit: 8 * 2 ** 20,
      schema: {
        tags,
        summary: 'Tải lên danh sách đề nghị hỗ trợ (.xlsx/.csv, multipart; hoặc JSON {fileName, contentBase64})',
        consumes: ['multipart/form-data'],
        params: idParam,
        querystring: z.object({
          unitId: z.coerce
            .number()
            .int()
            .positive()
            .max(2 ** 53),
        }),
        response: { 200: memberImport },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const target = await nominationListTarget(ctx, request.params.id, request.query.unitId);
      return withUploadSlot(request, async () => {
        const upload = request.isMultipart()
          ? await receiveUpload(request, app.deps.files, importUploadRules)
          : await receiveJsonUpload(request.body, app.deps.files);
        return receiveImport(ctx, app.deps.files, target, upload, {
          purpose: 'welfare_nominations',
          programmeId: target.programmeId,
        });
      });
    },
  );

  r.post(
    '/api/welfare/imports/:id/check',
    {
      config: write,
      schema: {
        tags,
        summary: 'Xác nhận cột của danh sách đề nghị và kiểm tra từng dòng (tác vụ nền)',
        params: idParam,
        body: checkImportBody.pick({ sheetIndex: true, headerRow: true, dataStart: true, fields: true }),
        response: { 200: memberImport },
      },
    },
    async (request) => checkNominations(ctxOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/welfare/imports/:id/commit',
    {
      config: write,
      schema: {
        tags,
        summary: 'Ghi danh sách đề nghị: tất cả hoặc không (tác vụ nền)',
        params: idParam,
        response: { 200: memberImport },
      },
    },
    async (request) => commitNominations(ctxOf(request), request.params.id),
  );
}
