import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendance as attendanceBody,
  cancelReasonBody,
  checkinBatch,
  checkinBatchResult,
  checkinResult,
  checkinScan,
  eventBody,
  eventDetail,
  eventList,
  eventUpdateBody,
  eventsQuery,
  idParam,
  okBody,
  Permission,
  registerBody,
  registration,
  registrationList,
  ticket,
} from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { requireActor } from '../../context/context';
import { receiveUpload } from '../../storage/upload';
import { cancelEvent } from './cancel-event';
import { cancelRegistration } from './cancel-registration';
import { attendance, checkIn } from './check-in';
import { createEvent } from './create-event';
import { addEventPhoto, eventPhoto, removeEventPhoto } from './event-photos';
import { eventInScope } from './events.queries';
import { eventsIcs, getEvent, listEvents } from './get-events';
import { register } from './register';
import { getTicket, listRegistrations, myRegistrations } from './registrations';
import { sendFile } from '../../http/send-file';
import { updateEvent } from './update-event';
import { attendanceListPdf } from './attendance-list-pdf';
import { ticketPdf } from './ticket-pdf';
import { ticketsPdf } from './tickets-pdf';
import { mediaType } from '../../kit/media-types';

const num = z.coerce
  .number()
  .int()
  .min(0)
  .max(2 ** 53);
const regParams = idParam.extend({ registrationId: num });

export async function eventRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.CampaignRead };
  const write = { permission: Permission.CampaignWrite };
  const tags = ['events'];

  r.get(
    '/api/events',
    { config: read, schema: { tags, summary: 'Lịch sự kiện', querystring: eventsQuery, response: { 200: eventList } } },
    async (request) => ({ items: await listEvents(ctxOf(request), request.query) }),
  );
  r.get(
    '/api/events/calendar.ics',
    {
      config: read,
      schema: { tags, summary: 'Xuất lịch (.ics)', querystring: eventsQuery, produces: [mediaType.ics] },
    },
    async (request, reply) => {
      const ics = await eventsIcs(ctxOf(request), request.query);
      return sendFile(reply, 'lich-su-kien.ics', 'text/calendar; charset=utf-8', ics);
    },
  );
  r.post(
    '/api/events',
    { config: write, schema: { tags, summary: 'Tạo sự kiện', body: eventBody, response: { 200: eventDetail } } },
    async (request) => createEvent(ctxOf(request), request.body),
  );
  r.get(
    '/api/events/:id',
    { config: read, schema: { tags, summary: 'Chi tiết sự kiện', params: idParam, response: { 200: eventDetail } } },
    async (request) => getEvent(ctxOf(request), request.params.id),
  );
  r.patch(
    '/api/events/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa sự kiện (cả cài đặt đăng ký)',
        params: idParam,
        body: eventUpdateBody,
        response: { 200: eventDetail },
      },
    },
    async (request) => updateEvent(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/events/:id/cancel',
    {
      config: write,
      schema: { tags, summary: 'Hủy sự kiện', params: idParam, body: cancelReasonBody, response: { 200: eventDetail } },
    },
    async (request) => cancelEvent(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/events/:id/photos',
    {
      config: write,
      schema: {
        tags,
        summary: 'Thêm ảnh sự kiện',
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 200: okBody },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await eventInScope(ctx.pool, requireActor(ctx), request.params.id, true);
      const file = await receiveUpload(request, app.deps.files, {
        allowed: ['jpg', 'png'],
        maxBytes: 10 * 1024 * 1024,
        prefix: 'event-photos',
      });
      await addEventPhoto(ctx, request.params.id, file);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/events/:id/photos/:index',
    {
      config: read,
      schema: {
        tags,
        summary: 'Ảnh sự kiện',
        params: idParam.extend({ index: num }),
        produces: [mediaType.jpg, mediaType.png],
      },
    },
    async (request, reply) => {
      const photo = await eventPhoto(ctxOf(request), request.params.id, request.params.index);
      return reply
        .type(photo.fileName.toLowerCase().endsWith('.png') ? 'image/png' : 'image/jpeg')
        .send(app.deps.files.get(photo.key));
    },
  );
  r.delete(
    '/api/events/:id/photos/:index',
    {
      config: write,
      schema: {
        tags,
        summary: 'Xóa ảnh sự kiện (kèm khóa của ảnh để chắc đúng ảnh đã xem)',
        params: idParam.extend({ index: num }),
        querystring: z.object({ key: z.string().min(1).max(300) }),
        response: { 200: okBody },
      },
    },
    async (request) => {
      const { id, index } = request.params;
      await removeEventPhoto(ctxOf(request), app.deps.files, id, index, request.query.key);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/events/:id/registrations',
    {
      config: write,
      schema: { tags, summary: 'Danh sách đăng ký', params: idParam, response: { 200: registrationList } },
    },
    async (request) => ({ items: await listRegistrations(ctxOf(request), request.params.id) }),
  );
  r.get(
    '/api/events/:id/registrations.pdf',
    {
      config: write,
      schema: {
        tags,
        summary: 'Danh sách đăng ký / điểm danh (PDF, có cột ký tên)',
        params: idParam,
        produces: [mediaType.pdf],
      },
    },
    async (request, reply) => {
      const file = await attendanceListPdf(ctxOf(request), request.params.id);
      return sendFile(reply, file.fileName, mediaType.pdf, file.body);
    },
  );
  r.get(
    '/api/events/:id/tickets.pdf',
    {
      config: write,
      schema: { tags, summary: 'In vé của mọi đăng ký (PDF)', params: idParam, produces: [mediaType.pdf] },
    },
    async (request, reply) => {
      const file = await ticketsPdf(ctxOf(request), request.params.id);
      return sendFile(reply, file.fileName, mediaType.pdf, file.body);
    },
  );
  r.get(
    '/api/events/:id/my-registrations',
    {
      config: read,
      schema: { tags, summary: 'Đăng ký của tôi', params: idParam, response: { 200: registrationList } },
    },
    async (request) => ({ items: await myRegistrations(ctxOf(request), request.params.id) }),
  );
  r.post(
    '/api/events/:id/registrations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Đăng ký tham gia',
        params: idParam,
        body: registerBody,
        response: { 200: registration },
      },
    },
    async (request) => register(ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/events/:id/registrations/:registrationId/cancel',
    { config: read, schema: { tags, summary: 'Hủy đăng ký', params: regParams, response: { 200: registration } } },
    async (request) => cancelRegistration(ctxOf(request), request.params.id, request.params.registrationId),
  );
  r.get(
    '/api/events/:id/registrations/:registrationId/ticket',
    { config: read, schema: { tags, summary: 'Vé (mã QR)', params: regParams, response: { 200: ticket } } },
    async (request) => getTicket(ctxOf(request), request.params.id, request.params.registrationId),
  );
  r.get(
    '/api/events/:id/registrations/:registrationId/ticket.pdf',
    { config: read, schema: { tags, summary: 'Vé (PDF, có mã QR)', params: regParams, produces: [mediaType.pdf] } },
    async (request, reply) => {
      const file = await ticketPdf(ctxOf(request), request.params.id, request.params.registrationId);
      return sendFile(reply, file.fileName, mediaType.pdf, file.body);
    },
  );
  r.post(
    '/api/events/:id/checkins',
    {
      config: write,
      schema: {
        tags,
        summary: 'Điểm danh (quét vé)',
        params: idParam,
        body: checkinScan,
        response: { 200: checkinResult },
      },
    },
    async (request) => (await checkIn(ctxOf(request), request.params.id, [request.body]))[0]!,
  );
  r.post(
    '/api/events/:id/checkins/batch',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đồng bộ điểm danh ngoại tuyến',
        params: idParam,
        body: checkinBatch,
        response: { 200: checkinBatchResult },
      },
    },
    async (request) => ({ results: await checkIn(ctxOf(request), request.params.id, request.body.scans) }),
  );
  r.get(
    '/api/events/:id/attendance',
    { config: write, schema: { tags, summary: 'Số người có mặt', params: idParam, response: { 200: attendanceBody } } },
    async (request) => attendance(ctxOf(request), request.params.id),
  );
}
