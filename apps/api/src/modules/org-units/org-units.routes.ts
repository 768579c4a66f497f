import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParam, orgUnit, orgUnitList, Permission } from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { getUnit } from './get-unit';
import { listChildren } from './list-children';
import { listRoots } from './list-roots';

export async function orgUnitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.OrgRead };

  r.get(
    '/api/org-units/roots',
    {
      config: read,
      schema: { tags: ['org-units'], summary: 'Các đơn vị gốc trong phạm vi', response: { 200: orgUnitList } },
    },
    async (request) => ({ items: await listRoots(ctxOf(request)) }),
  );

  r.get(
    '/api/org-units/:id',
    {
      config: read,
      schema: { tags: ['org-units'], summary: 'Một đơn vị', params: idParam, response: { 200: orgUnit } },
    },
    async (request) => getUnit(ctxOf(request), request.params.id),
  );

  r.get(
    '/api/org-units/:id/children',
    {
      config: read,
      schema: { tags: ['org-units'], summary: 'Đơn vị trực thuộc', params: idParam, response: { 200: orgUnitList } },
    },
    async (request) => ({ items: await listChildren(ctxOf(request), request.params.id) }),
  );
}
