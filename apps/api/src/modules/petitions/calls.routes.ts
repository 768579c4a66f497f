import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createCallBody,
  idParam,
  Permission,
  petitionCallDetail,
  petitionCallList,
  reopenCallBody,
  updateCallBody,
  submitCallBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { createCall } from './create-call';
import { getCall, listCalls } from './list-calls';
import { reopenCall } from './reopen-call';
import { updateCall } from './update-call';
import { submitToCall } from './submit-to-call';

export async function petitionCallRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.PetitionRead };
  const write = { permission: Permission.PetitionWrite };
  const tags = ['petition-calls'];

  r.get(
    '/api/petition-calls',
    { config: read, schema: { tags, summary: 'Các đợt lấy kiến nghị', response: { 200: petitionCallList } } },
    async (request) => listCalls(ctxOf(request)),
  );
  r.post(
    '/api/petition-calls',
    {
      config: write,
      schema: {
        tags,
        summary: 'Mở đợt lấy kiến nghị',
        body: createCallBody,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (request) => createCall(ctxOf(request), request.body),
  );
  r.get(
    '/api/petition-calls/:id',
    {
      config: read,
      schema: { tags, summary: 'Tình hình gửi kiến nghị', params: idParam, response: { 200: petitionCallDetail } },
    },
    async (request) => getCall(ctxOf(request), request.params.id),
  );
  r.patch(
    '/api/petition-calls/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa tên, nội dung đợt lấy kiến nghị',
        params: idParam,
        body: updateCallBody,
        response: { 200: petitionCallDetail },
      },
    },
    async (request) => updateCall(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/petition-calls/:id/submit',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đơn vị gửi kiến nghị (hoặc "không có")',
        params: idParam,
        body: submitCallBody,
        response: { 200: petitionCallDetail },
      },
    },
    async (request) => submitToCall(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/petition-calls/:id/reopen',
    {
      config: write,
      schema: {
        tags,
        summary: 'Mở lại đợt lấy kiến nghị',
        params: idParam,
        body: reopenCallBody,
        response: { 200: petitionCallDetail },
      },
    },
    async (request) => reopenCall(ctxOf(request), request.params.id, request.body),
  );
}
