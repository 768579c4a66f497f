import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AppError,
  attachPetitionsBody,
  dialogue,
  dialogueBody,
  dialogueList,
  idParam,
  Permission,
} from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor } from '../../context/context';
import { ctxOf } from '../../http/request-ctx';
import { auditEvent } from '../../db/tx';
import { receiveUpload } from '../../storage/upload';
import {
  attachPetitions,
  createDialogue,
  getDialogue,
  listDialogues,
  setMinutesFile,
  updateDialogue,
} from './dialogues';
import { findDialogue } from './dialogues.queries';
import { dialogueMinutesFile } from './minutes-document';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';

export async function dialogueRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.PetitionRead };
  const write = { permission: Permission.PetitionWrite };
  const tags = ['dialogues'];

  r.get(
    '/api/dialogues',
    { config: read, schema: { tags, summary: 'Hội nghị đối thoại', response: { 200: dialogueList } } },
    async (request) => listDialogues(ctxOf(request)),
  );
  r.post(
    '/api/dialogues',
    {
      config: write,
      schema: { tags, summary: 'Tạo hội nghị đối thoại', body: dialogueBody, response: { 200: dialogue } },
    },
    async (request) => createDialogue(ctxOf(request), request.body),
  );
  r.get(
    '/api/dialogues/:id',
    { config: read, schema: { tags, summary: 'Chi tiết hội nghị', params: idParam, response: { 200: dialogue } } },
    async (request) => getDialogue(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/dialogues/:id',
    {
      config: write,
      schema: { tags, summary: 'Sửa hội nghị', params: idParam, body: dialogueBody, response: { 200: dialogue } },
    },
    async (request) => updateDialogue(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/dialogues/:id/petitions',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đưa kiến nghị ra hội nghị',
        params: idParam,
        body: attachPetitionsBody,
        response: { 200: dialogue },
      },
    },
    async (request) => attachPetitions(ctxOf(request), request.params.id, request.body.petitionIds),
  );
  r.post(
    '/api/dialogues/:id/minutes',
    {
      config: write,
      schema: {
        tags,
        summary: 'Tải lên biên bản (pdf, docx)',
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: dialogue },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await findDialogue(ctx.pool, request.params.id, scopeFor(requireActor(ctx), Permission.PetitionWrite));
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['pdf', 'docx'],
        maxBytes: 20 * 2 ** 20,
        prefix: 'dialogues',
      });
      return setMinutesFile(ctx, request.params.id, file);
    },
  );
  r.get(
    '/api/dialogues/:id/minutes',
    { config: read, schema: { tags, summary: 'Tải biên bản', params: idParam, produces: [mediaType.any] } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const d = await findDialogue(ctx.pool, request.params.id, scopeFor(requireActor(ctx), Permission.PetitionRead));
      if (!d.minutesFileKey) throw new AppError('FILE_NOT_FOUND');
      await ctx.tx('dialogue.download_minutes', (tx) =>
        auditEvent(tx, { action: 'dialogue.download_minutes', entityType: 'dialogues', entityId: d.id }),
      );
      const name = String(d.minutesFileName ?? 'bien-ban');
      return sendFile(reply, name, 'application/octet-stream', app.deps.files.get(d.minutesFileKey));
    },
  );
  // The minutes generated from the record, in both formats from one content (minutes-document.ts).
  for (const format of ['docx', 'pdf'] as const)
    r.get(
      `/api/dialogues/:id/minutes.${format}`,
      {
        config: read,
        schema: {
          tags,
          summary: `Biên bản hội nghị (${format === 'pdf' ? 'PDF' : '.docx'}, theo Nghị định 30)`,
          params: idParam,
          produces: [mediaType[format]],
        },
      },
      async (request, reply) => {
        const out = await dialogueMinutesFile(ctxOf(request), request.params.id, format);
        return sendFile(reply, out.fileName, out.contentType, out.body);
      },
    );
}
