// Error codes of the events module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const eventsErrors = {
  EVENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy sự kiện.', en: 'Event not found.' },
  EVENT_PHOTO_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy ảnh này của sự kiện (có thể đã được xóa).',
    en: 'This photo of the event was not found (it may have been removed).',
  },
  EVENT_PHOTO_CHANGED: {
    status: 409,
    vi: 'Danh sách ảnh của sự kiện vừa thay đổi. Vui lòng tải lại trang rồi thử lại.',
    en: "The event's photos have just changed. Please reload the page and try again.",
  },
  CALENDAR_FEED_NOT_FOUND: {
    status: 404,
    vi: 'Liên kết lịch không còn hiệu lực (đã bị thu hồi hoặc đổi). Hãy lấy liên kết mới trong trang tài khoản.',
    en: 'This calendar link is no longer valid (revoked or replaced). Get a new link from your account page.',
  },
  NO_TICKETS_TO_PRINT: {
    status: 404,
    vi: 'Sự kiện chưa có đăng ký nào được xác nhận để in vé.',
    en: 'The event has no confirmed registration to print a ticket for.',
  },
  EVENT_TIME_INVALID: {
    status: 400,
    vi: 'Thời gian kết thúc phải sau thời gian bắt đầu; hạn đăng ký phải sau thời điểm mở đăng ký.',
    en: 'The end must be after the start, and registration must close after it opens.',
  },
  EVENT_CANCELLED: {
    status: 409,
    vi: 'Sự kiện đã bị hủy ({reason}); không nhận đăng ký và không thể sửa.',
    en: 'The event was cancelled ({reason}); it takes no registrations and cannot be changed.',
  },
  EVENT_CAPACITY_BELOW_CONFIRMED: {
    status: 409,
    vi: 'Không thể giảm số chỗ xuống {capacity}: đã có {confirmed} người được xác nhận chỗ.',
    en: 'Capacity cannot drop to {capacity}: {confirmed} people already hold a confirmed seat.',
  },
  QUOTA_UNIT_INVALID: {
    status: 400,
    vi: 'Chỉ tiêu chỉ phân cho đơn vị cấp dưới trong phạm vi được tham gia sự kiện.',
    en: 'Quotas can only go to units below, inside the eligible scope.',
  },
  REGISTRATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lượt đăng ký.', en: 'Registration not found.' },
  REGISTRATION_DISABLED: {
    status: 409,
    vi: 'Sự kiện này không nhận đăng ký.',
    en: 'This event does not take registrations.',
  },
  REGISTRATION_NOT_OPEN: {
    status: 409,
    vi: 'Chưa đến thời gian mở đăng ký ({opensAt}).',
    en: 'Registration has not opened yet ({opensAt}).',
  },
  REGISTRATION_CLOSED: {
    status: 409,
    vi: 'Đã hết hạn đăng ký ({closesAt}).',
    en: 'Registration closed at {closesAt}.',
  },
  ALREADY_REGISTERED: {
    status: 409,
    vi: 'Người này đã đăng ký tham gia sự kiện, không thể đăng ký lần hai.',
    en: 'This person is already registered for the event.',
  },
  NOT_ELIGIBLE: {
    status: 409,
    vi: 'Người đăng ký không thuộc phạm vi đơn vị được tham gia sự kiện.',
    en: 'The registrant is outside the units eligible for this event.',
  },
  MEMBERS_ONLY: {
    status: 409,
    vi: 'Sự kiện chỉ dành cho đoàn viên công đoàn đang sinh hoạt.',
    en: 'This event is for active union members only.',
  },
  OVER_QUOTA: {
    status: 409,
    vi: 'Đơn vị {unit} đã dùng hết chỉ tiêu đăng ký ({capacity} chỗ).',
    en: 'Unit {unit} has used up its quota ({capacity} places).',
  },
  EVENT_FULL: { status: 409, vi: 'Sự kiện đã đủ số chỗ.', en: 'The event is full.' },
  TICKET_FORGED: {
    status: 409,
    vi: 'Mã vé không hợp lệ (sai chữ ký) — có thể là vé giả.',
    en: 'Invalid ticket code (bad signature) — possibly forged.',
  },
  TICKET_OTHER_EVENT: {
    status: 409,
    vi: 'Vé này thuộc sự kiện khác: {event}.',
    en: 'This ticket is for another event: {event}.',
  },
  TICKET_ALREADY_USED: {
    status: 409,
    vi: 'Vé đã được sử dụng lúc {at}.',
    en: 'This ticket was already used at {at}.',
  },
  TICKET_CANCELLED: {
    status: 409,
    vi: 'Lượt đăng ký của vé này đã bị hủy.',
    en: 'The registration for this ticket was cancelled.',
  },
} as const satisfies ErrorTable;
