// Error codes of the transfer-requests module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const transferRequestsErrors = {
  TRANSFER_REQUEST_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đề nghị chuyển sinh hoạt.',
    en: 'Transfer request not found.',
  },
  // Asked by CCCD: says nothing about who holds the number (no person, no unit).
  TRANSFER_REQUEST_NOT_POSSIBLE: {
    status: 409,
    vi: 'Không thể gửi đề nghị: không có đoàn viên đang sinh hoạt ở đơn vị khác với số CCCD này.',
    en: 'Cannot send the request: no member with this national ID is active in another union.',
  },
  TRANSFER_REQUEST_EXISTS: {
    status: 409,
    vi: 'Đã có một đề nghị chuyển sinh hoạt đang chờ cho người này về đơn vị của bạn.',
    en: 'A transfer request for this person to your union is already pending.',
  },
  TRANSFER_REQUEST_DECIDED: {
    status: 409,
    vi: 'Đề nghị chuyển sinh hoạt đã được xử lý ({status}). Vui lòng tải lại.',
    en: 'The transfer request has already been handled ({status}). Please reload.',
  },
} as const satisfies ErrorTable;
