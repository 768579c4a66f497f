// Error codes of the welfare trips home for Tết (the welfare module's module.ts declares them with its own table).
import type { ErrorTable } from './error-table';

export const welfareTripErrors = {
  WELFARE_TRIP_NOT_FOUND: { status: 404, vi: 'Không tìm thấy chuyến xe về quê.', en: 'Trip not found.' },
  WELFARE_NOT_TICKETS: {
    status: 422,
    vi: 'Chỉ chương trình "Đưa công nhân về quê đón Tết" mới có chuyến xe.',
    en: 'Only a tickets-home-for-Tết programme has trips.',
  },
  WELFARE_TRIP_TIME_INVALID: {
    status: 422,
    vi: 'Giờ đến phải sau giờ khởi hành.',
    en: 'The arrival must come after the departure.',
  },
  WELFARE_TRIP_SEATS_BELOW_TAKEN: {
    status: 409,
    vi: 'Không thể giảm số ghế xuống {seats}: đã có {taken} người đăng ký chuyến này.',
    en: 'Seats cannot drop to {seats}: {taken} people already registered for this trip.',
  },
  WELFARE_TICKET_NO_QUOTA: {
    status: 409,
    vi: 'Đơn vị {unit} chưa được phân bổ vé của chương trình này nên chưa đăng ký được chuyến về quê.',
    en: 'The unit {unit} has no tickets allocated in this programme, so it cannot register for a trip.',
  },
  WELFARE_TICKET_QUOTA_FULL: {
    status: 409,
    vi: 'Đơn vị {unit} đã dùng hết {count} vé được phân bổ.',
    en: 'The unit {unit} has used all {count} tickets allocated to it.',
  },
  WELFARE_TICKET_ALREADY_HELD: {
    status: 409,
    vi: 'Người này đã đăng ký chuyến {trip} của chương trình; mỗi người một vé.',
    en: 'This person already registered for the trip {trip} of this programme; one ticket per person.',
  },
} as const satisfies ErrorTable;
