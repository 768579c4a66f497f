import { formatDateTimeVN, formatNumberVN, type Registration } from '@congdoan/domain';
import { auditEvent } from '../../db/tx';
import type { Ctx } from '../../context/context';
import { a4Document, mm, renderPdf, table } from '../../kit/pdf';
import { selectEventDetail } from './events.queries';
import { listRegistrations } from './registrations';
import { eventPlace } from './ticket-wording';

const statusText = (r: Registration) =>
  r.checkedInAt
    ? `Có mặt ${formatDateTimeVN(r.checkedInAt).slice(-5)}`
    : r.status === 'waitlisted'
      ? 'Danh sách chờ'
      : 'Đã đăng ký';

/**
 * The registration list as a printed attendance sheet: one row per registration (cancelled ones left out), with
 * the check-in time when scanned and an empty "Ký tên" column for those who sign on paper. The same names and units
 * the registration list shows on screen, nothing more; the same scope; audited.
 */
export async function attendanceListPdf(ctx: Ctx, eventId: number): Promise<{ fileName: string; body: Buffer }> {
  const registrations = (await listRegistrations(ctx, eventId)).filter((r) => r.status !== 'cancelled');
  const event = await selectEventDetail(ctx.pool, eventId);
  const confirmed = registrations.filter((r) => r.status === 'confirmed').length;
  const body = await renderPdf(
    a4Document({
      title: `Danh sách đăng ký — ${event.title}`,
      header: event.title,
      content: [
        { text: event.unitName.toLocaleUpperCase('vi'), bold: true, alignment: 'center' },
        { text: 'DANH SÁCH ĐĂNG KÝ THAM DỰ', bold: true, fontSize: 14, alignment: 'center', margin: [0, 8, 0, 0] },
        { text: event.title, bold: true, alignment: 'center', margin: [0, 2, 0, 6] },
        { text: `Thời gian: ${formatDateTimeVN(event.startsAt)} – ${formatDateTimeVN(event.endsAt)}` },
        { text: `Địa điểm: ${eventPlace(event)}` },
        {
          text: `Số người đăng ký: ${formatNumberVN(confirmed)}; danh sách chờ: ${formatNumberVN(registrations.length - confirmed)}.`,
          margin: [0, 0, 0, 6],
        },
        table(
          ['STT', 'Họ và tên', 'Đơn vị', 'Tình trạng', 'Ký tên'],
          registrations.map((r, i) => [formatNumberVN(i + 1), r.fullName, r.unitName, statusText(r), '']),
          [mm(10), '*', '*', mm(28), mm(28)],
          { rowHeight: mm(9) },
        ),
      ],
    }),
  );
  await ctx.tx('event.registrations.export', (tx) =>
    auditEvent(tx, {
      action: 'event.registrations.export',
      entityType: 'events',
      entityId: eventId,
      data: { format: 'pdf', rows: registrations.length },
    }),
  );
  return { fileName: `danh-sach-dang-ky-${eventId}.pdf`, body };
}
