import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  auditList,
  admitManyBody,
  admitManyResult,
  admitMemberBody,
  admitResult,
  cardScheme,
  cardSchemeBody,
  cardVerification,
  cardVerifyQuery,
  cardView,
  decisionBody,
  duplicateReport,
  idParam,
  issueCardBody,
  issuedCard,
  memberDetail,
  memberList,
  memberListQuery,
  mergeBody,
  mergeResult,
  okBody,
  outstandingBody,
  partyIntroductionBody,
  Permission,
  reinstateBody,
  statusChangeBody,
  targetBody,
  targetQuery,
  targetReport,
  transferBody,
  transferList,
  transferListQuery,
  transferSummary,
  unitRefList,
  unitSearchQuery,
  updatePersonBody,
  updatePersonResult,
} from '@congdoan/domain';
import { z } from 'zod';
import { ctxOf } from '../../http/request-ctx';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';
import { cardPdf } from './card-pdf-export';
import { cardSheetPdf } from './card-sheet';
import { admitMember, admitMembers } from './admit-member';
import { getCardScheme, setCardScheme } from './card-scheme';
import { getCard, verifyCard } from './card-view';
import { endMembership, reinstateMember } from './change-status';
import { confirmTransfer, refuseTransfer } from './decide-transfer';
import { setTarget, targetReport as progressReport } from './development-targets';
import { findDuplicates } from './find-duplicates';
import { findMembers } from './find-members';
import { getMember } from './get-member';
import { issueCard } from './issue-card';
import { listTransfers } from './list-transfers';
import { mergePersons, unmergePersons } from './merge-persons';
import { memberHistory } from './member-history';
import { markOutstanding, recordPartyIntroduction } from './recognition';
import { transferMember } from './transfer-member';
import { transferTargets } from './transfer-targets';
import { updatePerson } from './update-person';

const cardSheetQuery = z.strictObject({
  unitId: z.coerce.number().int().positive(),
  perPage: z
    .enum(['8', '10'])
    .default('8')
    .transform((v) => (v === '10' ? 10 : 8)),
});

export async function memberRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.MemberRead };
  const write = { permission: Permission.MemberWrite };
  const tags = ['members'];
  const ok = { 200: okBody };

  r.get(
    '/api/members',
    {
      config: read,
      schema: { tags, summary: 'Tìm kiếm đoàn viên', querystring: memberListQuery, response: { 200: memberList } },
    },
    async (request) => findMembers(ctxOf(request), request.query),
  );
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
      schema: { tags, summary: 'Kết nạp nhiều đoàn viên', body: admitManyBody, response: { 200: admitManyResult } },
    },
    async (request) => admitMembers(ctxOf(request), request.body.members),
  );
  r.get(
    '/api/members/duplicates',
    { config: read, schema: { tags, summary: 'Hồ sơ có thể trùng', response: { 200: duplicateReport } } },
    async (request) => findDuplicates(ctxOf(request)),
  );
  r.post(
    '/api/members/merges',
    { config: write, schema: { tags, summary: 'Gộp hồ sơ trùng', body: mergeBody, response: { 200: mergeResult } } },
    async (request) => mergePersons(ctxOf(request), request.body),
  );
  r.post(
    '/api/members/merges/:id/undo',
    { config: write, schema: { tags, summary: 'Hoàn tác gộp hồ sơ', params: idParam, response: { 200: mergeResult } } },
    async (request) => unmergePersons(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/members/transfers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Chuyển sinh hoạt đến/đi',
        querystring: transferListQuery,
        response: { 200: transferList },
      },
    },
    async (request) => listTransfers(ctxOf(request), request.query),
  );
  r.post(
    '/api/members/transfers/:id/confirm',
    {
      config: write,
      schema: {
        tags,
        summary: 'Tiếp nhận chuyển sinh hoạt',
        params: idParam,
        body: decisionBody,
        response: { 200: transferSummary },
      },
    },
    async (request) => confirmTransfer(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/members/transfers/:id/refuse',
    {
      config: write,
      schema: {
        tags,
        summary: 'Từ chối chuyển sinh hoạt',
        params: idParam,
        body: decisionBody,
        response: { 200: transferSummary },
      },
    },
    async (request) => refuseTransfer(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/members/transfer-targets',
    {
      config: write,
      schema: { tags, summary: 'CĐCS có thể chuyển đến', querystring: unitSearchQuery, response: { 200: unitRefList } },
    },
    async (request) => transferTargets(ctxOf(request), request.query),
  );
  r.get(
    '/api/members/targets',
    {
      config: read,
      schema: {
        tags,
        summary: 'Chỉ tiêu phát triển đoàn viên',
        querystring: targetQuery,
        response: { 200: targetReport },
      },
    },
    async (request) => progressReport(ctxOf(request), request.query),
  );
  r.post(
    '/api/members/targets',
    { config: write, schema: { tags, summary: 'Đặt chỉ tiêu phát triển', body: targetBody, response: ok } },
    async (request) => setTarget(ctxOf(request), request.body),
  );
  r.get(
    '/api/card-schemes/:id',
    { config: read, schema: { tags, summary: 'Mẫu số thẻ của LĐLĐ', params: idParam, response: { 200: cardScheme } } },
    async (request) => getCardScheme(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/card-schemes/:id',
    {
      config: write,
      schema: { tags, summary: 'Đổi mẫu số thẻ', params: idParam, body: cardSchemeBody, response: { 200: cardScheme } },
    },
    async (request) => setCardScheme(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/members/:id',
    { config: read, schema: { tags, summary: 'Hồ sơ đoàn viên', params: idParam, response: { 200: memberDetail } } },
    async (request) => getMember(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/members/:id/history',
    { config: read, schema: { tags, summary: 'Lịch sử hồ sơ', params: idParam, response: { 200: auditList } } },
    async (request) => memberHistory(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/members/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa hồ sơ',
        params: idParam,
        body: updatePersonBody,
        response: { 200: updatePersonResult },
      },
    },
    async (request) =>
      updatePerson(ctxOf(request), request.params.id, {
        ...request.body.person,
        confirmCccdMismatch: request.body.confirmCccdMismatch,
      }),
  );
  r.post(
    '/api/members/:id/transfer',
    {
      config: write,
      schema: {
        tags,
        summary: 'Chuyển sinh hoạt',
        params: idParam,
        body: transferBody,
        response: { 200: transferSummary },
      },
    },
    async (request) => transferMember(ctxOf(request), request.params.id, request.body),
  );
  for (const [path, status, summary] of [
    ['leave', 'left', 'Ra khỏi tổ chức'],
    ['remove', 'removed', 'Xóa tên'],
    ['deceased', 'deceased', 'Từ trần'],
  ] as const) {
    r.post(
      `/api/members/:id/${path}`,
      { config: write, schema: { tags, summary, params: idParam, body: statusChangeBody, response: ok } },
      async (request) => endMembership(ctxOf(request), request.params.id, status, request.body),
    );
  }
  r.post(
    '/api/members/:id/reinstate',
    { config: write, schema: { tags, summary: 'Khôi phục', params: idParam, body: reinstateBody, response: ok } },
    async (request) => reinstateMember(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/members/:id/card',
    {
      config: write,
      schema: {
        tags,
        summary: 'Cấp / cấp lại thẻ',
        params: idParam,
        body: issueCardBody,
        response: { 200: issuedCard },
      },
    },
    async (request) => issueCard(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/members/:id/card',
    { config: read, schema: { tags, summary: 'Thẻ đoàn viên', params: idParam, response: { 200: cardView } } },
    async (request) => getCard(ctxOf(request), request.params.id),
  );
  r.get(
    '/api/members/:id/card.pdf',
    {
      config: read,
      schema: { tags, summary: 'Thẻ đoàn viên (PDF, khổ thật trên A4)', params: idParam, produces: [mediaType.pdf] },
    },
    async (request, reply) => {
      const file = await cardPdf(ctxOf(request), request.params.id);
      return sendFile(reply, file.fileName, mediaType.pdf, file.body);
    },
  );
  r.get(
    '/api/members/card-sheet.pdf',
    {
      config: read,
      schema: {
        tags,
        summary: 'In thẻ hàng loạt (PDF: 8 hoặc 10 thẻ mỗi trang A4, có dấu cắt)',
        querystring: cardSheetQuery,
        produces: [mediaType.pdf],
      },
    },
    async (request, reply) => {
      const file = await cardSheetPdf(ctxOf(request), request.query.unitId, request.query.perPage);
      return sendFile(reply, file.fileName, mediaType.pdf, file.body);
    },
  );
  r.post(
    '/api/members/:id/outstanding',
    {
      config: write,
      schema: { tags, summary: 'Đoàn viên ưu tú', params: idParam, body: outstandingBody, response: ok },
    },
    async (request) => markOutstanding(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/members/:id/party-introduction',
    {
      config: write,
      schema: { tags, summary: 'Giới thiệu cho Đảng', params: idParam, body: partyIntroductionBody, response: ok },
    },
    async (request) => recordPartyIntroduction(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/public/cards/verify',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Xác minh thẻ đoàn viên (công khai)',
        querystring: cardVerifyQuery,
        response: { 200: cardVerification },
      },
    },
    async (request) => verifyCard(ctxOf(request), request.query),
  );
}
