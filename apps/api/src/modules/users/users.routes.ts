import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserBody,
  createUserResponse,
  grantRoleBody,
  idParam,
  okBody,
  pageQuery,
  Permission,
  resetPasswordResponse,
  userList,
  userSummary,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { clearLoginThrottle } from './clear-login-throttle';
import { createUser } from './create-user';
import { findUsers } from './find-users';
import { grantRole } from './grant-role';
import { resetPassword } from './reset-password';
import { revokeRole } from './revoke-role';

export async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manage = { permission: Permission.UserManage };
  const tags = ['users'];

  r.get(
    '/api/users',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Danh sách người dùng',
        querystring: pageQuery.extend({ q: z.string().max(100).optional() }),
        response: { 200: userList },
      },
    },
    async (request) => findUsers(ctxOf(request), request.query),
  );

  r.post(
    '/api/users',
    {
      config: manage,
      schema: { tags, summary: 'Tạo người dùng', body: createUserBody, response: { 200: createUserResponse } },
    },
    async (request) => createUser(ctxOf(request), request.body),
  );

  r.post(
    '/api/users/:id/roles',
    {
      config: manage,
      schema: { tags, summary: 'Cấp vai trò', params: idParam, body: grantRoleBody, response: { 200: userSummary } },
    },
    async (request) => grantRole(ctxOf(request), request.params.id, request.body),
  );

  r.delete(
    '/api/users/:id/roles/:grantId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Thu hồi vai trò',
        params: idParam.extend({
          grantId: z.coerce
            .number()
            .int()
            .positive()
            .max(2 ** 53),
        }),
        response: { 200: userSummary },
      },
    },
    async (request) => revokeRole(ctxOf(request), request.params.id, request.params.grantId),
  );

  r.post(
    '/api/users/:id/reset-password',
    {
      config: manage,
      schema: { tags, summary: 'Đặt lại mật khẩu', params: idParam, response: { 200: resetPasswordResponse } },
    },
    async (request) => resetPassword(ctxOf(request), request.params.id),
  );

  r.post(
    '/api/users/:id/clear-login-throttle',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Gỡ thời gian chờ đăng nhập (sau nhiều lần đăng nhập sai)',
        params: idParam,
        response: { 200: okBody },
      },
    },
    async (request) => clearLoginThrottle(ctxOf(request), request.params.id),
  );
}
