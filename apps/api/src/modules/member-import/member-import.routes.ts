import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkImportBody,
  commitImportBody,
  detectSheetBody,
  exportMembersBody,
  idParam,
  importRow,
  importRowList,
  importRowParams,
  importRowsQuery,
  jobRef,
  memberImport,
  Permission,
  setEncodingBody,
  setRowActionBody,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { withUploadSlot } from '../../storage/upload-admission';
import { importTarget, importUploadRules, receiveImport, receiveJsonUpload } from './receive-import';
import { receiveUpload } from '../../storage/upload';
import { sendFile } from '../../http/send-file';
import { chooseSheet } from './choose-sheet';
import { setEncoding } from './set-encoding';
import { checkImport } from './check-import';
import { listImportRows, setRowAction } from './import-rows';
import { commitImport } from './commit-import';
import { importInScope, publicImport } from './member-import.queries';
import { requireActor } from '../../context/context';
import { memberImportTemplate } from './template';
import { exportMembers } from './export/export-members';
import { mediaType } from '../../kit/media-types';

export async function memberImportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = { permission: Permission.MemberWrite };
  const tags = ['member-import'];

  r.get(
    '/api/imports/template',
    { config: write, schema: { tags, summary: 'Tải tệp mẫu nhập đoàn viên (.xlsx)', produces: [mediaType.xlsx] } },
    async (_request, reply) =>
      sendFile(
        reply,
        'mau-nhap-doan-vien.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        await memberImportTemplate(),
      ),
  );

  r.post(
    '/api/imports',
    {
      config: write,
      bodyLimit: 8 * 2 ** 20,
      schema: {
        tags,
        summary: 'Tải lên danh sách đoàn viên (.xlsx/.csv, multipart; hoặc JSON {fileName, contentBase64})',
        consumes: ['multipart/form-data'],
        querystring: z.object({
          unitId: z.coerce
            .number()
            .int()
            .positive()
            .max(2 ** 53),
        }),
        response: { 200: memberImport },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const unit = await importTarget(ctx, request.query.unitId);
      // One upload slot for receiving and reading the file (JSON uploads included).
      return withUploadSlot(request, async () => {
        const upload = request.isMultipart()
          ? await receiveUpload(request, app.deps.files, importUploadRules)
          : await receiveJsonUpload(request.body, app.deps.files);
        return receiveImport(ctx, app.deps.files, unit, upload);
      });
    },
  );

  r.get(
    '/api/imports/:id',
    { config: write, schema: { tags, summary: 'Một lượt nhập', params: idParam, response: { 200: memberImport } } },
    async (request) => {
      const ctx = ctxOf(request);
      return publicImport(await importInScope(ctx.pool, requireActor(ctx), request.params.id));
    },
  );

  r.post(
    '/api/imports/:id/sheet',
    {
      config: write,
      schema: {
        tags,
        summary: 'Chọn trang tính',
        params: idParam,
        body: detectSheetBody,
        response: { 200: memberImport },
      },
    },
    // Reading another sheet is a pass over the upload: it takes an upload slot like the upload did.
    async (request) =>
      withUploadSlot(request, () =>
        chooseSheet(ctxOf(request), app.deps.files, request.params.id, request.body.sheetIndex),
      ),
  );

  r.post(
    '/api/imports/:id/encoding',
    {
      config: write,
      schema: {
        tags,
        summary: 'Chọn bảng mã của tệp (Unicode, TCVN3, VNI; null: theo nhận diện) và đọc lại trang tính',
        params: idParam,
        body: setEncodingBody,
        response: { 200: memberImport },
      },
    },
    // Another pass over the upload, like choosing a sheet.
    async (request) =>
      withUploadSlot(request, () =>
        setEncoding(ctxOf(request), app.deps.files, request.params.id, request.body.encoding),
      ),
  );

  r.post(
    '/api/imports/:id/check',
    {
      config: write,
      schema: {
        tags,
        summary: 'Xác nhận cột và kiểm tra từng dòng (tác vụ nền)',
        params: idParam,
        body: checkImportBody,
        response: { 200: memberImport },
      },
    },
    async (request) => checkImport(ctxOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/imports/:id/rows',
    {
      config: write,
      schema: {
        tags,
        summary: 'Các dòng đã kiểm tra, với lỗi, cảnh báo và người trùng',
        params: idParam,
        querystring: importRowsQuery,
        response: { 200: importRowList },
      },
    },
    async (request) => listImportRows(ctxOf(request), request.params.id, request.query),
  );

  r.post(
    '/api/imports/:id/rows/:rowNo',
    {
      config: write,
      schema: {
        tags,
        summary: 'Chọn thao tác cho một dòng (tạo mới, cập nhật, bỏ qua)',
        params: importRowParams,
        body: setRowActionBody,
        response: { 200: importRow },
      },
    },
    async (request) => setRowAction(ctxOf(request), request.params.id, request.params.rowNo, request.body.action),
  );

  r.post(
    '/api/imports/:id/commit',
    {
      config: write,
      schema: {
        tags,
        summary: 'Ghi vào sổ đoàn viên (tác vụ nền)',
        params: idParam,
        body: commitImportBody,
        response: { 200: memberImport },
      },
    },
    async (request) => commitImport(ctxOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/members/exports',
    {
      config: { permission: Permission.MemberRead },
      schema: {
        tags,
        summary: 'Xuất danh sách đoàn viên đang lọc ra .xlsx/.csv (tác vụ nền)',
        body: exportMembersBody,
        response: { 200: jobRef },
      },
    },
    async (request) => exportMembers(ctxOf(request), request.body),
  );
}
