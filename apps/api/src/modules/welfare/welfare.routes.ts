import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  allocateQuotasBody,
  editNominationBody,
  handoutBody,
  idParam,
  nominationBody,
  nominationCreated,
  nominationList,
  Permission,
  personBenefits as personBenefitsSchema,
  programmeBody,
  programmeDetail,
  programmeList,
  quotaProposal,
  quotaProposalQuery,
  quotaQuery,
  quotaTable,
  reviewBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { allocateQuotas } from './allocate-quotas';
import { createProgramme } from './create-programme';
import { editNomination } from './edit-nomination';
import { getQuotas } from './get-quotas';
import { getProgramme, listProgrammes } from './list-programmes';
import { listNominations } from './list-nominations';
import { nominate } from './nominate';
import { personBenefits } from './person-benefits';
import { proposeQuotas } from './propose-quotas';
import { recordHandout } from './record-handout';
import { reviewNomination } from './review-nomination';
import { submitNomination } from './submit-nomination';
import { updateProgramme } from './update-programme';

export async function welfareRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.WelfareRead };
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];
  const created = z.object({ id: z.number() });
  const moved = z.object({ id: z.number(), status: z.string() });

  r.get(
    '/api/welfare/programmes',
    { config: read, schema: { tags, summary: 'Các chương trình chăm lo', response: { 200: programmeList } } },
    async (request) => listProgrammes(ctxOf(request)),
  );
  r.post(
    '/api/welfare/programmes',
    {
      config: write,
      schema: { tags, summary: 'Tạo chương trình chăm lo', body: programmeBody, response: { 200: created } },
    },
    async (request) => createProgramme(ctxOf(request), request.body),
  );
  r.get(
    '/api/welfare/programmes/:id',
    {
      config: read,
      schema: { tags, summary: 'Chi tiết chương trình', params: idParam, response: { 200: programmeDetail } },
    },
    async (request) => getProgramme(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/welfare/programmes/:id',
    {
      config: write,
      schema: { tags, summary: 'Sửa chương trình', params: idParam, body: programmeBody, response: { 200: created } },
    },
    async (request) => updateProgramme(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/welfare/programmes/:id/quotas',
    {
      config: read,
      schema: {
        tags,
        summary: 'Chỉ tiêu của một đơn vị và các đơn vị trực thuộc',
        params: idParam,
        querystring: quotaQuery,
        response: { 200: quotaTable },
      },
    },
    async (request) => getQuotas(ctxOf(request), request.params.id, request.query.unitId),
  );
  r.get(
    '/api/welfare/programmes/:id/quota-proposal',
    {
      config: read,
      schema: {
        tags,
        summary: 'Đề xuất phân bổ chỉ tiêu (theo số đoàn viên hoặc chia đều)',
        params: idParam,
        querystring: quotaProposalQuery,
        response: { 200: quotaProposal },
      },
    },
    async (request) => proposeQuotas(ctxOf(request), request.params.id, request.query.unitId, request.query.method),
  );
  r.put(
    '/api/welfare/programmes/:id/quotas',
    {
      config: write,
      schema: {
        tags,
        summary: 'Giao chỉ tiêu cho các đơn vị trực thuộc',
        params: idParam,
        body: allocateQuotasBody,
        response: { 200: quotaTable },
      },
    },
    async (request) => allocateQuotas(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/welfare/programmes/:id/nominations',
    {
      config: read,
      schema: { tags, summary: 'Danh sách đề nghị hỗ trợ', params: idParam, response: { 200: nominationList } },
    },
    async (request) => listNominations(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/welfare/programmes/:id/nominations',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đề nghị hỗ trợ một người',
        params: idParam,
        body: nominationBody,
        response: { 200: nominationCreated },
      },
    },
    async (request) => nominate(ctxOf(request), request.params.id, request.body),
  );
  r.put(
    '/api/welfare/nominations/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa đề nghị (nháp hoặc bị trả lại)',
        params: idParam,
        body: editNominationBody,
        response: { 200: nominationCreated },
      },
    },
    async (request) => editNomination(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/welfare/nominations/:id/submit',
    {
      config: write,
      schema: { tags, summary: 'Gửi đề nghị lên cấp trên', params: idParam, response: { 200: created } },
    },
    async (request) => submitNomination(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/welfare/nominations/:id/review',
    {
      config: write,
      schema: {
        tags,
        summary: 'Xét duyệt đề nghị: duyệt, trả lại, không duyệt',
        params: idParam,
        body: reviewBody,
        response: { 200: moved },
      },
    },
    async (request) => reviewNomination(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/welfare/nominations/:id/handout',
    {
      config: write,
      schema: { tags, summary: 'Ghi nhận trao hỗ trợ', params: idParam, body: handoutBody, response: { 200: moved } },
    },
    async (request) => recordHandout(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/welfare/persons/:id/benefits',
    {
      config: read,
      schema: {
        tags,
        summary: 'Các khoản hỗ trợ một người đã nhận năm nay và năm trước',
        params: idParam,
        response: { 200: personBenefitsSchema },
      },
    },
    async (request) => personBenefits(ctxOf(request), request.params.id),
  );
}
