import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditList, auditSearchQuery, historyQuery, Permission } from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { entityHistory } from './entity-history';
import { searchAudit } from './search-audit';

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/audit',
    {
      config: { permission: Permission.AuditRead },
      schema: {
        tags: ['audit'],
        summary: 'Tra cứu nhật ký',
        querystring: auditSearchQuery,
        response: { 200: auditList },
      },
    },
    async (request) => searchAudit(ctxOf(request), request.query),
  );

  r.get(
    '/api/audit/history',
    {
      config: { permission: Permission.OrgRead },
      schema: {
        tags: ['audit'],
        summary: 'Lịch sử một bản ghi',
        querystring: historyQuery,
        response: { 200: auditList },
      },
    },
    async (request) => entityHistory(ctxOf(request), request.query),
  );
}
