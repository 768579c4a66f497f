import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  acceptTransferRequestBody,
  createTransferRequestBody,
  idParam,
  Permission,
  refuseTransferRequestBody,
  transferRequest,
  transferRequestList,
  transferRequestListQuery,
} from '@congdoan/domain';
import { z } from 'zod';
import { ctxOf } from '../../http/request-ctx';
import { acceptTransferRequest } from './accept-transfer-request';
import { cancelTransferRequest } from './cancel-transfer-request';
import { createTransferRequest } from './create-transfer-request';
import { listTransferRequests } from './list-transfer-requests';
import { refuseTransferRequest } from './refuse-transfer-request';

export async function transferRequestRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['transfer-requests'];
  const write = { permission: Permission.MemberWrite };

  r.get(
    '/api/transfer-requests',
    {
      config: { permission: Permission.MemberRead },
      schema: {
        tags,
        summary: 'Đề nghị chuyển sinh hoạt: gửi đến đơn vị mình (incoming) hoặc đơn vị mình đã gửi (outgoing)',
        querystring: transferRequestListQuery,
        response: { 200: transferRequestList },
      },
    },
    async (request) => listTransferRequests(ctxOf(request), request.query),
  );

  r.post(
    '/api/transfer-requests',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đề nghị chuyển sinh hoạt về đơn vị mình một người đang sinh hoạt ở đơn vị khác (theo số CCCD)',
        body: createTransferRequestBody,
        response: { 200: transferRequest },
      },
    },
    async (request) => createTransferRequest(ctxOf(request), request.body),
  );

  r.post(
    '/api/transfer-requests/:id/accept',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đơn vị đang quản lý đồng ý: chuyển sinh hoạt ngay',
        params: idParam,
        body: acceptTransferRequestBody,
        response: { 200: transferRequest },
      },
    },
    async (request) => acceptTransferRequest(ctxOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/transfer-requests/:id/refuse',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đơn vị đang quản lý từ chối, có lý do',
        params: idParam,
        body: refuseTransferRequestBody,
        response: { 200: transferRequest },
      },
    },
    async (request) => refuseTransferRequest(ctxOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/transfer-requests/:id/cancel',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đơn vị đề nghị rút lại đề nghị đang chờ',
        params: idParam,
        body: z.strictObject({}),
        response: { 200: transferRequest },
      },
    },
    async (request) => cancelTransferRequest(ctxOf(request), request.params.id),
  );
}
