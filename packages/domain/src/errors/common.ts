// Codes every module uses: request shape, sign-in state, files, and the last resort.
import type { ErrorTable } from './error-table';

export const commonErrors = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The data sent is not valid.' },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'This content type is not supported.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Đường dẫn API không tồn tại.', en: 'This API route does not exist.' },
  METHOD_NOT_ALLOWED: { status: 405, vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' },
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
    en: 'Your session has expired; please sign in again.',
  },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  CSRF_FAILED: {
    status: 403,
    vi: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
    en: 'Missing or wrong anti-forgery token. Please reload the page.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    en: 'You must change your password before continuing.',
  },
  FILE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp quá lớn (tối đa {maxMb} MB).',
    en: 'The file is too large (at most {maxMb} MB).',
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    vi: 'Loại tệp không được chấp nhận. Chỉ nhận: {allowed}.',
    en: 'This file type is not accepted. Allowed: {allowed}.',
  },
  FILE_REQUIRED: { status: 400, vi: 'Vui lòng chọn một tệp để tải lên.', en: 'Please choose a file to upload.' },
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã yêu cầu.',
    en: 'Something went wrong on our side. Try again; if it persists, tell an administrator the request id.',
  },
} as const satisfies ErrorTable;
