import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createHomeBody,
  homeApplication,
  homeDetail,
  homeList,
  homeListQuery,
  homePhotoQuery,
  homeStageBody,
  idParam,
  milestoneBody,
  Permission,
} from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { mediaType } from '../../../kit/media-types';
import { receiveUpload } from '../../../storage/upload';
import { createHome } from './create-home';
import { demoHomeImage } from './demo-images';
import { editHome } from './edit-home';
import { editHomeStage } from './edit-home-stage';
import { getHome } from './get-home';
import { addMilestone, editMilestone } from './home-milestones';
import { addHomePhoto, checkHomePhoto, homePhoto } from './home-photos';
import { listHomes } from './list-homes';
import { moveHomeStage } from './move-home-stage';

const num = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 53);

/** Union Homes (Mái ấm Công đoàn): the house records, their stages, milestones and photos. */
export async function homeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.WelfareRead };
  const write = { permission: Permission.WelfareWrite };
  const tags = ['welfare'];
  const created = z.object({ id: z.number() });
  const staged = z.object({ id: z.number(), stage: z.string() });

  r.get(
    '/api/welfare/homes',
    {
      config: read,
      schema: {
        tags,
        summary: 'Nhà Mái ấm Công đoàn (theo chương trình hoặc tỉnh, có tọa độ cho bản đồ)',
        querystring: homeListQuery,
        response: { 200: homeList },
      },
    },
    async (request) => listHomes(ctxOf(request), request.query),
  );
  r.post(
    '/api/welfare/homes',
    {
      config: write,
      schema: { tags, summary: 'Lập hồ sơ nhà Mái ấm Công đoàn', body: createHomeBody, response: { 200: created } },
    },
    async (request) => createHome(ctxOf(request), request.body),
  );
  r.get(
    '/api/welfare/homes/:id',
    {
      config: read,
      schema: { tags, summary: 'Hồ sơ một nhà Mái ấm Công đoàn', params: idParam, response: { 200: homeDetail } },
    },
    async (request) => getHome(ctxOf(request), request.params.id),
  );
  r.put(
    '/api/welfare/homes/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa hồ sơ đề nghị (hoàn cảnh, vị trí)',
        params: idParam,
        body: homeApplication,
        response: { 200: created },
      },
    },
    async (request) => editHome(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/welfare/homes/:id/stages',
    {
      config: write,
      schema: {
        tags,
        summary: 'Chuyển nhà sang giai đoạn tiếp theo (kèm thông tin của giai đoạn)',
        params: idParam,
        body: homeStageBody,
        response: { 200: staged },
      },
    },
    async (request) => moveHomeStage(ctxOf(request), request.params.id, request.body),
  );
  r.put(
    '/api/welfare/homes/:id/stages',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa thông tin một giai đoạn đã qua',
        params: idParam,
        body: homeStageBody,
        response: { 200: staged },
      },
    },
    async (request) => editHomeStage(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/welfare/homes/:id/milestones',
    {
      config: write,
      schema: { tags, summary: 'Ghi mốc thi công', params: idParam, body: milestoneBody, response: { 200: created } },
    },
    async (request) => addMilestone(ctxOf(request), request.params.id, request.body),
  );
  r.put(
    '/api/welfare/homes/:id/milestones/:milestoneId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa mốc thi công',
        params: idParam.extend({ milestoneId: num }),
        body: milestoneBody,
        response: { 200: created },
      },
    },
    async (request) => editMilestone(ctxOf(request), request.params.id, request.params.milestoneId, request.body),
  );
  r.post(
    '/api/welfare/homes/:id/photos',
    {
      config: write,
      schema: {
        tags,
        summary: 'Thêm ảnh nhà (theo giai đoạn hoặc mốc thi công)',
        params: idParam,
        querystring: homePhotoQuery,
        consumes: ['multipart/form-data'],
        response: { 200: created },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      // Checked before reading the file: nothing is stored for a house the official may not change.
      await checkHomePhoto(ctx, request.params.id, request.query);
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['jpg', 'png'],
        maxBytes: 10 * 1024 * 1024,
        prefix: 'home-photos',
      });
      return addHomePhoto(ctx, request.params.id, request.query, file);
    },
  );
  r.get(
    '/api/welfare/homes/:id/photos/:photoId',
    {
      config: read,
      schema: {
        tags,
        summary: 'Ảnh nhà Mái ấm Công đoàn',
        params: idParam.extend({ photoId: num }),
        produces: [mediaType.jpg, mediaType.png],
      },
    },
    async (request, reply) => {
      const photo = await homePhoto(ctxOf(request), request.params.id, request.params.photoId);
      return reply
        .type(photo.fileName.toLowerCase().endsWith('.png') ? 'image/png' : 'image/jpeg')
        .header('cache-control', 'private, no-store')
        .send(demoHomeImage(photo.key) ?? app.deps.files.get(photo.key));
    },
  );
}
