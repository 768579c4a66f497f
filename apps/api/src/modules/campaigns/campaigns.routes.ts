import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityInput,
  campaignDetail,
  campaignList,
  campaignRollup,
  campaignsQuery,
  cancelReasonBody,
  createCampaignBody,
  idParam,
  issueCampaignBody,
  issueResult,
  okBody,
  Permission,
  reportActivityBody,
  updateActivityBody,
  updateCampaignBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { requireActor } from '../../context/context';
import { receiveUpload } from '../../storage/upload';
import { addActivity, removeActivity, updateActivity } from './change-activities';
import { cancelCampaign } from './cancel-campaign';
import { updateCampaign } from './update-campaign';
import { attachReportFile, planFile, setPlanFile } from './campaign-files';
import { campaignRollup as rollup } from './campaign-rollup';
import { campaignInScope } from './campaigns.queries';
import { createCampaign } from './create-campaign';
import { getCampaign } from './get-campaign';
import { issueCampaign } from './issue-campaign';
import { listCampaigns } from './list-campaigns';
import { reportActivity } from './report-activity';
import { summaryFile } from './campaign-summary-document';
import { summaryXlsx } from './campaign-summary-xlsx';
import { sendFile } from '../../http/send-file';
import { mediaType } from '../../kit/media-types';

const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 53);
const activityParams = idParam.extend({ activityId: id });

export async function campaignRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.CampaignRead };
  const write = { permission: Permission.CampaignWrite };
  const tags = ['campaigns'];

  r.get(
    '/api/campaigns',
    {
      config: read,
      schema: { tags, summary: 'Danh sách kế hoạch', querystring: campaignsQuery, response: { 200: campaignList } },
    },
    async (request) => listCampaigns(ctxOf(request), request.query),
  );
  r.post(
    '/api/campaigns',
    {
      config: write,
      schema: { tags, summary: 'Tạo kế hoạch', body: createCampaignBody, response: { 200: campaignDetail } },
    },
    async (request) => createCampaign(ctxOf(request), request.body),
  );
  r.get(
    '/api/campaigns/:id',
    {
      config: read,
      schema: { tags, summary: 'Chi tiết kế hoạch', params: idParam, response: { 200: campaignDetail } },
    },
    async (request) => getCampaign(ctxOf(request), request.params.id),
  );
  r.patch(
    '/api/campaigns/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa kế hoạch (bản ban hành; các bản cấp dưới theo)',
        params: idParam,
        body: updateCampaignBody,
        response: { 200: campaignDetail },
      },
    },
    async (request) => updateCampaign(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/campaigns/:id/cancel',
    {
      config: write,
      schema: {
        tags,
        summary: 'Hủy kế hoạch',
        params: idParam,
        body: cancelReasonBody,
        response: { 200: campaignDetail },
      },
    },
    async (request) => cancelCampaign(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/campaigns/:id/issue',
    {
      config: write,
      schema: {
        tags,
        summary: 'Ban hành xuống cấp dưới',
        params: idParam,
        body: issueCampaignBody,
        response: { 200: issueResult },
      },
    },
    async (request) => issueCampaign(ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/campaigns/:id/rollup',
    { config: read, schema: { tags, summary: 'Tổng hợp tiến độ', params: idParam, response: { 200: campaignRollup } } },
    async (request) => rollup(ctxOf(request), request.params.id),
  );
  r.post(
    '/api/campaigns/:id/activities',
    {
      config: write,
      schema: {
        tags,
        summary: 'Bổ sung hoạt động',
        params: idParam,
        body: activityInput,
        response: { 200: campaignDetail },
      },
    },
    async (request) => addActivity(ctxOf(request), request.params.id, request.body),
  );
  r.patch(
    '/api/campaigns/:id/activities/:activityId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa hoạt động tự bổ sung',
        params: activityParams,
        body: updateActivityBody,
        response: { 200: campaignDetail },
      },
    },
    async (request) => updateActivity(ctxOf(request), request.params.id, request.params.activityId, request.body),
  );
  r.delete(
    '/api/campaigns/:id/activities/:activityId',
    {
      config: write,
      schema: { tags, summary: 'Xóa hoạt động tự bổ sung', params: activityParams, response: { 200: campaignDetail } },
    },
    async (request) => removeActivity(ctxOf(request), request.params.id, request.params.activityId),
  );
  r.put(
    '/api/campaigns/:id/activities/:activityId/report',
    {
      config: write,
      schema: {
        tags,
        summary: 'Báo cáo kết quả hoạt động',
        params: activityParams,
        body: reportActivityBody,
        response: { 200: campaignDetail },
      },
    },
    async (request) => reportActivity(ctxOf(request), request.params.id, request.params.activityId, request.body),
  );
  r.post(
    '/api/campaigns/:id/activities/:activityId/files',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đính kèm ảnh/tệp báo cáo',
        params: activityParams,
        consumes: ['multipart/form-data'],
        response: { 200: okBody },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await campaignInScope(ctx.pool, requireActor(ctx), request.params.id, Permission.CampaignWrite);
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['jpg', 'png', 'pdf', 'docx', 'xlsx'],
        maxBytes: 20 * 1024 * 1024,
        prefix: 'campaign-reports',
      });
      await attachReportFile(ctx, request.params.id, request.params.activityId, file);
      return { ok: true as const };
    },
  );
  r.post(
    '/api/campaigns/:id/plan',
    {
      config: write,
      schema: {
        tags,
        summary: 'Tải lên văn bản kế hoạch',
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: okBody },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await campaignInScope(ctx.pool, requireActor(ctx), request.params.id, Permission.CampaignWrite);
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['pdf', 'docx'],
        maxBytes: 20 * 1024 * 1024,
        prefix: 'campaign-plans',
      });
      await setPlanFile(ctx, request.params.id, file);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/campaigns/:id/plan',
    { config: read, schema: { tags, summary: 'Tải văn bản kế hoạch', params: idParam, produces: [mediaType.any] } },
    async (request, reply) => {
      const file = await planFile(ctxOf(request), request.params.id);
      return sendFile(reply, file.fileName, 'application/octet-stream', app.deps.files.get(file.key));
    },
  );
  r.get(
    '/api/campaigns/:id/summary.docx',
    { config: read, schema: { tags, summary: 'Báo cáo kết quả (.docx)', params: idParam, produces: [mediaType.docx] } },
    async (request, reply) => {
      const out = await summaryFile(ctxOf(request), request.params.id, 'docx');
      return sendFile(
        reply,
        out.fileName,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        out.body,
      );
    },
  );
  r.get(
    '/api/campaigns/:id/summary.pdf',
    { config: read, schema: { tags, summary: 'Báo cáo kết quả (PDF)', params: idParam, produces: [mediaType.pdf] } },
    async (request, reply) => {
      const out = await summaryFile(ctxOf(request), request.params.id, 'pdf');
      return sendFile(reply, out.fileName, mediaType.pdf, out.body);
    },
  );
  r.get(
    '/api/campaigns/:id/summary.xlsx',
    { config: read, schema: { tags, summary: 'Báo cáo kết quả (.xlsx)', params: idParam, produces: [mediaType.xlsx] } },
    async (request, reply) => {
      const out = await summaryXlsx(ctxOf(request), request.params.id);
      return sendFile(reply, out.fileName, mediaType.xlsx, out.body);
    },
  );
}
