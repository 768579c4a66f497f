import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminUnitList,
  adminUnitsQuery,
  asOfQuery,
  childrenMembersList,
  committeeList,
  createTermBody,
  createUnitBody,
  idParam,
  isoDate,
  orgUnitDetail,
  orgUnitList,
  Permission,
  reorganizationResult,
  searchQuery,
  searchResult,
  subtreeCounts,
  termParams,
  unitDashboard as unitDashboardSchema,
  unitTimeline as unitTimelineSchema,
  updateTermBody,
  updateUnitBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { listAdminUnits } from './admin-units';
import { childrenMembers } from './children-members';
import { closeUnit } from './close-unit';
import { createTerm, listCommittee, updateTerm } from './committee';
import { createUnit } from './create-unit';
import { getUnit } from './get-unit';
import { listChildren } from './list-children';
import { listRoots } from './list-roots';
import { searchUnits } from './search-units';
import { subtreeCounts as countSubtree } from './subtree-counts';
import { unitDashboard } from './unit-dashboard';
import { unitTimeline } from './unit-timeline';
import { updateUnit } from './update-unit';

export async function orgUnitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.OrgRead };
  const write = { permission: Permission.OrgWrite };
  const tags = ['org-units'];

  r.get(
    '/api/org-units/roots',
    { config: read, schema: { tags, summary: 'Các đơn vị gốc trong phạm vi', response: { 200: orgUnitList } } },
    async (request) => ({ items: await listRoots(ctxOf(request)) }),
  );

  r.get(
    '/api/org-units/search',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tìm đơn vị theo mã hoặc tên (không dấu)',
        querystring: searchQuery,
        response: { 200: searchResult },
      },
    },
    async (request) => ({ items: await searchUnits(ctxOf(request), request.query) }),
  );

  r.post(
    '/api/org-units',
    {
      config: write,
      schema: { tags, summary: 'Thành lập đơn vị', body: createUnitBody, response: { 200: orgUnitDetail } },
    },
    async (request) => createUnit(ctxOf(request), request.body),
  );

  r.get(
    '/api/org-units/:id',
    { config: read, schema: { tags, summary: 'Một đơn vị', params: idParam, response: { 200: orgUnitDetail } } },
    async (request) => getUnit(ctxOf(request), request.params.id),
  );

  r.patch(
    '/api/org-units/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa thông tin đơn vị',
        params: idParam,
        body: updateUnitBody,
        response: { 200: orgUnitDetail },
      },
    },
    async (request) => updateUnit(ctxOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/org-units/:id/close',
    {
      config: write,
      schema: {
        tags,
        summary: 'Giải thể đơn vị, bàn giao đơn vị trực thuộc và đoàn viên',
        params: idParam,
        body: z.object({
          targetId: z.number().int().positive(),
          effectiveOn: isoDate,
          dryRun: z.boolean().default(false),
          note: z.string().max(500).optional(),
        }),
        response: { 200: reorganizationResult },
      },
    },
    async (request) => closeUnit(ctxOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/org-units/:id/children',
    {
      config: read,
      schema: {
        tags,
        summary: 'Đơn vị trực thuộc (hôm nay hoặc tại một ngày)',
        params: idParam,
        querystring: asOfQuery,
        response: { 200: orgUnitList },
      },
    },
    async (request) => ({ items: await listChildren(ctxOf(request), request.params.id, request.query.asOf) }),
  );

  r.get(
    '/api/org-units/:id/children/members',
    {
      config: read,
      schema: {
        tags,
        summary: 'Số đoàn viên đang sinh hoạt trong cây của từng đơn vị trực thuộc (hôm nay)',
        params: idParam,
        response: { 200: childrenMembersList },
      },
    },
    async (request) => ({ items: await childrenMembers(ctxOf(request), request.params.id) }),
  );

  r.get(
    '/api/org-units/:id/counts',
    {
      config: read,
      schema: {
        tags,
        summary: 'Số đơn vị và đoàn viên trong cây (tại một ngày)',
        params: idParam,
        querystring: asOfQuery,
        response: { 200: subtreeCounts },
      },
    },
    async (request) => countSubtree(ctxOf(request), request.params.id, request.query.asOf),
  );

  r.get(
    '/api/org-units/:id/dashboard',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tổng quan cây đơn vị hôm nay: đoàn viên theo trạng thái, giới tính, khu vực; đơn vị theo loại',
        params: idParam,
        response: { 200: unitDashboardSchema },
      },
    },
    async (request) => unitDashboard(ctxOf(request), request.params.id),
  );

  r.get(
    '/api/org-units/:id/timeline',
    {
      config: read,
      schema: {
        tags,
        summary: 'Lịch sử trực thuộc và sắp xếp',
        params: idParam,
        response: { 200: unitTimelineSchema },
      },
    },
    async (request) => unitTimeline(ctxOf(request), request.params.id),
  );

  r.get(
    '/api/org-units/:id/committee',
    {
      config: read,
      schema: { tags, summary: 'Ban chấp hành các nhiệm kỳ', params: idParam, response: { 200: committeeList } },
    },
    async (request) => ({ items: await listCommittee(ctxOf(request), request.params.id) }),
  );

  r.post(
    '/api/org-units/:id/committee',
    {
      config: write,
      schema: {
        tags,
        summary: 'Thêm nhiệm kỳ ban chấp hành',
        params: idParam,
        body: createTermBody,
        response: { 200: committeeList },
      },
    },
    async (request) => ({ items: await createTerm(ctxOf(request), request.params.id, request.body) }),
  );

  r.put(
    '/api/org-units/:id/committee/:termId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa nhiệm kỳ ban chấp hành (tên, thời gian, thành viên)',
        params: termParams,
        body: updateTermBody,
        response: { 200: committeeList },
      },
    },
    async (request) => ({
      items: await updateTerm(ctxOf(request), request.params.id, request.params.termId, request.body),
    }),
  );

  r.get(
    '/api/admin-units',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Danh mục đơn vị hành chính (theo phiên bản)',
        querystring: adminUnitsQuery,
        response: { 200: adminUnitList },
      },
    },
    async (request) => ({ items: await listAdminUnits(ctxOf(request), request.query) }),
  );
}
