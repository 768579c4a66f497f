import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { admitManyBody, admitManyResult, admitMemberBody, admitResult, Permission } from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { admitMember, admitMembers } from './admit-member';

export async function memberRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { permission: Permission.MemberWrite };
  const tags = ['members'];

  r.post(
    '/api/members',
    {
      config: write,
      schema: { tags, summary: 'Kết nạp đoàn viên', body: admitMemberBody, response: { 200: admitResult } },
    },
    async (request) => admitMember(ctxOf(request), request.body),
  );

  r.post(
    '/api/members/batch',
    {
      config: write,
      schema: {
        tags,
        summary: 'Kết nạp nhiều đoàn viên (tất cả hoặc không)',
        body: admitManyBody,
        response: { 200: admitManyResult },
      },
    },
    async (request) => admitMembers(ctxOf(request), request.body.members),
  );
}
