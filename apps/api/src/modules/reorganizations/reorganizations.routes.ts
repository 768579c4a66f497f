import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AppError,
  bulkPreview,
  bulkUploadJson,
  bulkUploadQuery,
  idParam,
  Permission,
  proposalQuery,
  reorganizationBody,
  reorganizationResult,
  undoBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { newFileKey } from '../../storage/file-store';
import { receiveUpload } from '../../storage/upload';
import { sendFile } from '../../http/send-file';
import { withUploadSlot } from '../../storage/upload-admission';
import { getUnit } from '../org-units';
import { applyBulk } from './bulk/apply-bulk';
import { findBulk, toPreview } from './bulk/bulk.queries';
import { proposeFromAdminMapping } from './bulk/propose';
import { previewBulk } from './bulk/upload-bulk';
import { reorganize } from './reorganize';
import { undoReorganization } from './undo-reorganization';
import { mediaType } from '../../kit/media-types';

const MAX_UPLOAD = 10 * 2 ** 20;

export async function reorganizationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { permission: Permission.OrgWrite };
  const tags = ['reorganizations'];

  r.post(
    '/api/reorganizations',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sắp xếp tổ chức: chuyển, hợp nhất, chia tách, giải thể, đổi tên (dryRun để xem trước)',
        body: reorganizationBody,
        response: { 200: reorganizationResult },
      },
    },
    async (request) => reorganize(ctxOf(request), request.body),
  );

  r.post(
    '/api/reorganizations/:id/undo',
    {
      config: write,
      schema: {
        tags,
        summary: 'Hoàn tác bằng một đợt sắp xếp mới',
        params: idParam,
        body: undoBody,
        response: { 200: reorganizationResult },
      },
    },
    async (request) => undoReorganization(ctxOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/bulk-reorganizations',
    {
      config: write,
      schema: {
        tags,
        summary: 'Tải lên tệp sắp xếp hàng loạt (.xlsx/.csv, hoặc JSON {fileName, csv}) và xem trước',
        querystring: bulkUploadQuery,
        consumes: ['multipart/form-data', 'application/json'],
        body: bulkUploadJson.nullish(),
        response: { 200: bulkPreview },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const { unitId, effectiveOn } = request.query;
      // Check scope before reading or storing anything.
      await getUnit(ctx, unitId, Permission.OrgWrite);
      // One upload slot for receiving the file and its dry run (JSON uploads included).
      return withUploadSlot(request, async () => {
        let stored: { key: string; fileName: string };
        if (request.isMultipart()) {
          stored = await receiveUpload(request, app.deps.files, {
            allowed: ['xlsx', 'csv'],
            maxBytes: MAX_UPLOAD,
            prefix: 'bulk',
          });
        } else {
          if (!request.body) throw new AppError('FILE_REQUIRED');
          const key = newFileKey('bulk', 'csv');
          await app.deps.files.put(key, Buffer.from(request.body.csv, 'utf8'));
          stored = { key, fileName: request.body.fileName.normalize('NFC').slice(0, 200) };
        }
        const file = { fileKey: stored.key, fileName: stored.fileName };
        return previewBulk(ctx, app.deps.files, { unitId, effectiveOn, ...file });
      });
    },
  );

  r.get(
    '/api/bulk-reorganizations/proposal',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đề xuất tệp sắp xếp từ bảng chuyển đổi đơn vị hành chính (CSV)',
        produces: [mediaType.csv],
        querystring: proposalQuery,
      },
    },
    async (request, reply) => {
      const csv = await proposeFromAdminMapping(ctxOf(request), request.query.unitId);
      return sendFile(reply, 'de-xuat-sap-xep.csv', 'text/csv; charset=utf-8', csv);
    },
  );

  r.get(
    '/api/bulk-reorganizations/:id',
    {
      config: { permission: Permission.OrgRead },
      schema: { tags, summary: 'Xem trước và trạng thái', params: idParam, response: { 200: bulkPreview } },
    },
    async (request) => toPreview(await findBulk(ctxOf(request), request.params.id)),
  );

  r.post(
    '/api/bulk-reorganizations/:id/apply',
    {
      config: write,
      schema: { tags, summary: 'Áp dụng (tác vụ nền, một giao dịch)', params: idParam, response: { 200: bulkPreview } },
    },
    async (request) => applyBulk(ctxOf(request), request.params.id),
  );
}
