// Stable error codes: one table gives each its HTTP status and its Vietnamese and English message.
// Add a code here first; the API maps AppError through this table and nothing else.
export const errorCatalog = {
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
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong login name or password.',
  },
  ACCOUNT_LOCKED: {
    status: 429,
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many failed sign-ins. Try again in {minutes} minutes.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    vi: 'Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many sign-in attempts from this address. Try again in {minutes} minutes.',
  },
  ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị vô hiệu hóa.', en: 'This account is disabled.' },
  WEAK_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự, có chữ và số, và không chứa tên đăng nhập.',
    en: 'Password too weak: at least 10 characters, letters and digits, not containing the login name.',
  },
  WRONG_CURRENT_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  PASSWORD_REUSED: {
    status: 400,
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  USERNAME_TAKEN: {
    status: 409,
    vi: 'Tên đăng nhập, email hoặc số điện thoại đã được dùng.',
    en: 'That login name, email or phone is already in use.',
  },
  ROLE_ALREADY_GRANTED: {
    status: 409,
    vi: 'Người dùng đã có vai trò này tại đơn vị này.',
    en: 'The user already holds this role on this unit.',
  },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị công đoàn.', en: 'Union unit not found.' },
  USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  CANNOT_GRANT_ROLE: { status: 403, vi: 'Bạn không thể cấp vai trò này.', en: 'You cannot grant this role.' },
  JOB_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tác vụ.', en: 'Job not found.' },
  JOB_ABANDONED: {
    status: 500,
    vi: 'Tác vụ bị dừng nhiều lần và đã được hủy; dữ liệu không bị ghi dở. Vui lòng chạy lại.',
    en: 'The job stopped repeatedly and was abandoned; nothing was half-written. Please run it again.',
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
  PETITION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy kiến nghị.', en: 'Petition not found.' },
  PETITION_CALL_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đợt lấy kiến nghị.',
    en: 'Call for petitions not found.',
  },
  DIALOGUE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hội nghị đối thoại.', en: 'Dialogue not found.' },
  TOPIC_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lĩnh vực kiến nghị.', en: 'Petition topic not found.' },
  DRAFT_LAW_NOT_FOUND: { status: 404, vi: 'Không tìm thấy dự thảo luật.', en: 'Draft law not found.' },
  NOTIFICATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
  CALL_DEADLINE_PASSED: {
    status: 409,
    vi: 'Đã quá hạn gửi kiến nghị ({deadline}). Đề nghị đơn vị tổ chức mở lại đợt lấy kiến nghị.',
    en: 'The deadline for petitions has passed ({deadline}). Ask the calling union to reopen the call.',
  },
  CALL_NOT_TARGETED: {
    status: 403,
    vi: 'Đơn vị này không thuộc danh sách được lấy kiến nghị trong đợt này.',
    en: 'This unit was not asked for petitions in this call.',
  },
  CALL_TARGETS_OUTSIDE: {
    status: 400,
    vi: 'Chỉ gửi đợt lấy kiến nghị tới các đơn vị cấp dưới của đơn vị tổ chức.',
    en: 'A call can only go to units below the calling union.',
  },
  PETITION_ALREADY_CONSOLIDATED: {
    status: 409,
    vi: 'Kiến nghị đã được tổng hợp vào kiến nghị khác: {title}.',
    en: 'This petition is already consolidated into another: {title}.',
  },
  CONSOLIDATION_TOO_FEW: {
    status: 400,
    vi: 'Cần chọn ít nhất hai kiến nghị để tổng hợp.',
    en: 'Choose at least two petitions to consolidate.',
  },
  CONSOLIDATION_LOCKED: {
    status: 409,
    vi: 'Kiến nghị tổng hợp đã được đưa ra đối thoại hoặc trả lời, không thể hủy tổng hợp.',
    en: 'The consolidated petition has been presented or answered and can no longer be undone.',
  },
  NOT_CONSOLIDATED: {
    status: 409,
    vi: 'Đây không phải kiến nghị tổng hợp.',
    en: 'This is not a consolidated petition.',
  },
  PETITION_CLOSED: {
    status: 409,
    vi: 'Kiến nghị đã được giải quyết hoặc từ chối, không thể chuyển cấp.',
    en: 'This petition is resolved or rejected and cannot be escalated.',
  },
  PETITION_TOP_LEVEL: {
    status: 409,
    vi: 'Kiến nghị đang ở cấp cao nhất, không thể chuyển lên nữa.',
    en: 'This petition is already at the top level.',
  },
  PETITION_PART_OF_CONSOLIDATED: {
    status: 409,
    vi: 'Kiến nghị đã được tổng hợp; hãy thao tác trên kiến nghị tổng hợp.',
    en: 'This petition is consolidated; act on the consolidated petition.',
  },
  DRAFT_LAW_CLOSED: {
    status: 409,
    vi: 'Dự thảo chỉ nhận ý kiến từ {opensOn} đến {closesOn}.',
    en: 'Opinions on this draft are accepted from {opensOn} to {closesOn} only.',
  },
  DRAFT_LAW_NO_ARTICLES: {
    status: 400,
    vi: 'Không tìm thấy điều nào trong tệp (cần các dòng "Điều 1. ...").',
    en: 'No articles found in the file (expected lines like "Điều 1. ...").',
  },
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã yêu cầu.',
    en: 'Something went wrong on our side. Try again; if it persists, tell an administrator the request id.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export type Lang = 'vi' | 'en';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
  get status(): number {
    return errorCatalog[this.code].status;
  }
}

/** The message for a code, with {placeholders} filled from details. */
export function errorMessage(code: ErrorCode, lang: Lang, details?: Record<string, unknown>): string {
  const template = errorCatalog[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = details?.[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}
