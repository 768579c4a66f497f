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
  CONTROL_CHARACTERS: {
    status: 400,
    vi: 'Nội dung có ký tự điều khiển không hợp lệ.',
    en: 'The data contains control characters that are not allowed.',
  },
  NESTING_TOO_DEEP: {
    status: 400,
    vi: 'Dữ liệu gửi lên lồng nhau quá sâu.',
    en: 'The data sent is nested too deeply.',
  },
  MULTIPART_BOUNDARY_MISSING: {
    status: 400,
    vi: 'Tệp gửi lên không đúng định dạng multipart/form-data (thiếu boundary).',
    en: 'The upload is not valid multipart/form-data (no boundary).',
  },
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
  FILE_ZIP_BOMB: {
    status: 400,
    vi: 'Tệp bị nén bất thường (giải nén quá lớn) nên không thể đọc an toàn.',
    en: 'The file is abnormally compressed (it would expand too much) and cannot be read safely.',
  },
  UPLOAD_BUSY_USER: {
    status: 429,
    vi: 'Bạn đang có {max} tệp đang được tải lên và xử lý. Vui lòng chờ xong rồi thử lại sau {retryAfter} giây.',
    en: 'You already have {max} files being uploaded and processed. Wait for them, then retry in {retryAfter} seconds.',
  },
  UPLOAD_BUSY: {
    status: 503,
    vi: 'Máy chủ đang xử lý nhiều tệp tải lên. Vui lòng thử lại sau {retryAfter} giây.',
    en: 'The server is processing many uploads. Please retry in {retryAfter} seconds.',
  },
  UPLOAD_TIMEOUT: {
    status: 408,
    vi: 'Tải tệp lên quá lâu (quá {seconds} giây) nên đã bị dừng. Vui lòng kiểm tra kết nối và thử lại.',
    en: 'The upload took too long (over {seconds} seconds) and was stopped. Check the connection and try again.',
  },
  SERVER_BUSY: {
    status: 503,
    vi: 'Hệ thống đang quá tải, chưa xử lý được yêu cầu. Vui lòng thử lại sau ít giây.',
    en: 'The server is busy and could not take this request. Please try again in a few seconds.',
  },
  DB_LOCK_TIMEOUT: {
    status: 503,
    vi: 'Dữ liệu này đang được người khác hoặc một tác vụ nền cập nhật. Vui lòng thử lại sau ít giây.',
    en: 'This data is being updated by someone else or a background task. Please try again in a few seconds.',
  },
  DB_QUERY_TIMEOUT: {
    status: 503,
    vi: 'Yêu cầu xử lý quá lâu nên đã bị dừng. Vui lòng thử lại; nếu vẫn lỗi, hãy thu hẹp phạm vi tìm kiếm.',
    en: 'The request took too long and was stopped. Try again; if it persists, narrow the search.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã yêu cầu.',
    en: 'Something went wrong on our side. Try again; if it persists, tell an administrator the request id.',
  },
} as const satisfies ErrorTable;
