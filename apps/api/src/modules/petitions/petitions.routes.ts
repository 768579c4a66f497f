import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerBody,
  ATTACHMENT_MAX_BYTES,
  consolidateBody,
  createPetitionBody,
  createTopicBody,
  escalateBody,
  grantAccessBody,
  idParam,
  okBody,
  Permission,
  petitionDetail,
  petitionIdentity,
  petitionList,
  petitionListQuery,
  petitionTopic,
  similarPetitions as similarResponse,
  statusBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { receiveUpload } from '../../storage/upload';
import { answerPetition, changeStatus } from './answer-petition';
import { consolidate } from './consolidate';
import { createPetition } from './create-petition';
import { escalatePetition } from './escalate-petition';
import { getPetition } from './get-petition';
import { petitionReceiptPdf } from './petition-receipt';
import { listPetitions, myPetitions } from './list-petitions';
import { addAttachment, attachmentForDownload, grantAccess } from './petition-files';
import { readIdentity } from './read-identity';
import { similarPetitions } from './similar-petitions';
import { createTopic, listTopics } from './topics';
import { unconsolidate } from './unconsolidate';
import { findPetition } from './petitions.queries';
import { requireActor } from '../../context/context';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';

export async function petitionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.PetitionRead };
  const write = { permission: Permission.PetitionWrite };
  const tags = ['petitions'];
  const created = z.object({ id: z.number() });

  r.get(
    '/api/petition-topics',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Lĩnh vực kiến nghị', response: { 200: z.object({ items: z.array(petitionTopic) }) } },
    },
    async (request) => listTopics(ctxOf(request)),
  );
  r.post(
    '/api/petition-topics',
    {
      config: write,
      schema: { tags, summary: 'Thêm lĩnh vực kiến nghị', body: createTopicBody, response: { 200: petitionTopic } },
    },
    async (request) => createTopic(ctxOf(request), request.body),
  );
  r.get(
    '/api/petitions',
    {
      config: read,
      schema: { tags, summary: 'Danh sách kiến nghị', querystring: petitionListQuery, response: { 200: petitionList } },
    },
    async (request) => listPetitions(ctxOf(request), request.query),
  );
  r.get(
    '/api/my-petitions',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Kiến nghị của tôi', response: { 200: petitionList } },
    },
    async (request) => myPetitions(ctxOf(request)),
  );
  r.post(
    '/api/petitions',
    {
      config: write,
      schema: { tags, summary: 'Ghi nhận kiến nghị', body: createPetitionBody, response: { 200: created } },
    },
    async (request) => createPetition(ctxOf(request), request.body),
  );
  // Members (own petitions) and addressees given access read one petition without a union role.
  r.get(
    '/api/petitions/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Chi tiết kiến nghị', params: idParam, response: { 200: petitionDetail } },
    },
    async (request) => getPetition(ctxOf(request), request.params.id),
  );
  // Who may read the petition may print its receipt (the union that recorded it, the member who raised it).
  r.get(
    '/api/petitions/:id/receipt.pdf',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Phiếu tiếp nhận kiến nghị (PDF, hai liên)',
        params: idParam,
        produces: [mediaType.pdf],
      },
    },
    async (request, reply) => {
      const file = await petitionReceiptPdf(ctxOf(request), request.params.id);
      return sendFile(reply, file.fileName, mediaType.pdf, file.body);
    },
  );
  r.get(
    '/api/petitions/:id/identity',
    {
      config: { permission: Permission.PetitionIdentityRead },
      schema: {
        tags,
        summary: 'Danh tính người kiến nghị ẩn danh (ghi nhật ký)',
        params: idParam,
        response: { 200: petitionIdentity },
      },
    },
    async (request) => readIdentity(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/petitions/:id/similar',
    {
      config: write,
      schema: { tags, summary: 'Gợi ý kiến nghị tương tự', params: idParam, response: { 200: similarResponse } },
    },
    async (request) => similarPetitions(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/petitions/consolidate',
    {
      config: write,
      schema: { tags, summary: 'Tổng hợp kiến nghị', body: consolidateBody, response: { 200: created } },
    },
    async (request) => consolidate(ctxOf(request), request.body),
  );
  r.post(
    '/api/petitions/:id/unconsolidate',
    {
      config: write,
      schema: {
        tags,
        summary: 'Hủy tổng hợp',
        params: idParam,
        response: { 200: z.object({ petitionIds: z.array(z.number()) }) },
      },
    },
    async (request) => unconsolidate(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/petitions/:id/answer',
    {
      config: write,
      schema: {
        tags,
        summary: 'Ghi nhận trả lời',
        params: idParam,
        body: answerBody,
        response: { 200: petitionDetail },
      },
    },
    async (request) => answerPetition(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/petitions/:id/status',
    {
      config: write,
      schema: {
        tags,
        summary: 'Cập nhật tình trạng',
        params: idParam,
        body: statusBody,
        response: { 200: petitionDetail },
      },
    },
    async (request) => changeStatus(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/petitions/:id/escalate',
    {
      config: write,
      schema: {
        tags,
        summary: 'Chuyển lên cấp trên',
        params: idParam,
        body: escalateBody,
        response: { 200: petitionDetail },
      },
    },
    async (request) => escalatePetition(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/petitions/:id/access',
    {
      config: write,
      schema: {
        tags,
        summary: 'Cho phép người nhận xem',
        params: idParam,
        body: grantAccessBody,
        response: { 200: okBody },
      },
    },
    async (request) => grantAccess(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/petitions/:id/attachments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đính kèm tệp (pdf, docx, xlsx, jpg, png; tối đa 10 MB)',
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ id: z.number(), fileName: z.string(), size: z.number() }) },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      // refuse before reading the upload when the petition is not visible
      await findPetition(ctx.pool, requireActor(ctx), request.params.id, 'read');
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['pdf', 'docx', 'xlsx', 'jpg', 'png'],
        maxBytes: ATTACHMENT_MAX_BYTES,
        prefix: 'petitions',
      });
      return addAttachment(ctx, request.params.id, file);
    },
  );
  r.get(
    '/api/petitions/:id/attachments/:attachmentId',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Tải tệp đính kèm',
        produces: [mediaType.any],
        params: idParam.extend({
          attachmentId: z.coerce
            .number()
            .int()
            .positive()
            .max(2 ** 53),
        }),
      },
    },
    async (request, reply) => {
      const file = await attachmentForDownload(ctxOf(request), request.params.id, request.params.attachmentId);
      return sendFile(reply, file.fileName, 'application/octet-stream', app.deps.files.get(file.key));
    },
  );
}
