import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, Permission, text } from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { sendFile } from '../../../http/send-file';
import { mediaType } from '../../../kit/media-types';
import { receiveUpload } from '../../../storage/upload';
import { requireActor } from '../../../context/context';
import { addAttachment, listAttachments, openAttachment, removeAttachment } from './attachments';
import { nominationForFiles } from './attachment.queries';

const fileParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
  fileId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});
const attachmentList = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      fileName: z.string(),
      fileKind: z.string(),
      sizeBytes: z.number(),
      note: z.string().nullable(),
      createdBy: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

/** Documents and photos on a nomination: upload, list, download (audited), remove. */
export async function welfareAttachmentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.WelfareRead };
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];

  r.post(
    '/api/welfare/nominations/:id/files',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đính kèm giấy tờ, ảnh vào đề nghị (pdf, jpg, png, docx; tối đa 20 MB)',
        params: idParam,
        querystring: z.object({ note: text(300, 0).optional() }),
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      // Refused before any byte is stored when the caller may not attach to this nomination.
      await nominationForFiles(ctx.pool, requireActor(ctx), request.params.id, 'write');
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['pdf', 'jpg', 'png', 'docx'],
        maxBytes: 20 * 2 ** 20,
        prefix: 'welfare',
      });
      return addAttachment(ctx, app.deps.files, request.params.id, file, request.query.note || null);
    },
  );
  r.get(
    '/api/welfare/nominations/:id/files',
    {
      config: read,
      schema: { tags, summary: 'Tệp đính kèm của đề nghị', params: idParam, response: { 200: attachmentList } },
    },
    async (request) => listAttachments(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/welfare/nominations/:id/files/:fileId',
    {
      config: read,
      schema: { tags, summary: 'Tải một tệp đính kèm', params: fileParams, produces: [mediaType.any] },
    },
    async (request, reply) => {
      const file = await openAttachment(ctxOf(request), request.params.id, request.params.fileId);
      const type = mediaType[file.fileKind as keyof typeof mediaType] ?? mediaType.any;
      return sendFile(reply, file.fileName, type, app.deps.files.get(file.fileKey));
    },
  );
  r.delete(
    '/api/welfare/nominations/:id/files/:fileId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Gỡ một tệp đính kèm',
        params: fileParams,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => removeAttachment(ctxOf(request), app.deps.files, request.params.id, request.params.fileId),
  );
}
