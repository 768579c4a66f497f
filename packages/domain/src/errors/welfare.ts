// Error codes of the welfare module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';
import { unionHomeErrors } from './union-homes';
import { welfareVoucherErrors } from './welfare-vouchers';

export const welfareErrors = {
  ...welfareVoucherErrors,
  ...unionHomeErrors,
  WELFARE_PROGRAMME_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy chương trình chăm lo.',
    en: 'Welfare programme not found.',
  },
  WELFARE_NOMINATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đề nghị hỗ trợ.', en: 'Nomination not found.' },
  WELFARE_AMOUNT_INVALID: {
    status: 422,
    vi: 'Số tiền phải là số nguyên đồng, không âm (không có phần thập phân).',
    en: 'Amounts are whole VND, not negative and without decimals.',
  },
  WELFARE_PERIOD_INVALID: {
    status: 422,
    vi: 'Thời gian không hợp lệ: ngày kết thúc phải sau ngày bắt đầu.',
    en: 'Invalid period: the end must come after the start.',
  },
  WELFARE_UNIT_OUTSIDE: {
    status: 422,
    vi: 'Đơn vị không thuộc phạm vi của chương trình.',
    en: 'This unit is outside the programme.',
  },
  WELFARE_NO_QUOTA: {
    status: 422,
    vi: 'Đơn vị chưa được giao chỉ tiêu trong chương trình này.',
    en: 'This unit has no quota in this programme.',
  },
  WELFARE_QUOTA_NOT_CHILD: {
    status: 422,
    vi: 'Chỉ giao chỉ tiêu cho các đơn vị trực thuộc.',
    en: 'Quotas go only to the units directly below.',
  },
  WELFARE_QUOTA_OVER_PARENT: {
    status: 409,
    vi: 'Tổng chỉ tiêu giao cho các đơn vị trực thuộc vượt chỉ tiêu của đơn vị cấp trên.',
    en: 'The quotas below exceed the parent quota.',
  },
  WELFARE_QUOTA_BELOW_USED: {
    status: 409,
    vi: 'Chỉ tiêu thấp hơn số đã đề nghị hoặc đã giao tiếp cho cấp dưới.',
    en: 'The quota is below what is already nominated or allocated further down.',
  },
  WELFARE_OVER_QUOTA: {
    status: 409,
    vi: 'Đơn vị đã đề nghị đủ chỉ tiêu được giao.',
    en: "The unit's quota is used up.",
  },
  WELFARE_OUTSIDE_PERIOD: {
    status: 409,
    vi: 'Ngoài thời gian nhận đề nghị của chương trình.',
    en: 'Outside the nomination period.',
  },
  WELFARE_NOT_ELIGIBLE: {
    status: 422,
    vi: 'Người này không thuộc đối tượng của chương trình.',
    en: 'This person is not eligible for the programme.',
  },
  WELFARE_NON_MEMBER_NOT_ALLOWED: {
    status: 422,
    vi: 'Chương trình không hỗ trợ người ngoài công đoàn; hãy chọn đoàn viên trong danh sách.',
    en: 'This programme is for members only; pick a member from the registry.',
  },
  WELFARE_IDENTITY_REQUIRED: {
    status: 422,
    vi: 'Người ngoài công đoàn cần có họ tên và số CCCD (12 chữ số).',
    en: 'A non-member needs a full name and a 12-digit CCCD.',
  },
  WELFARE_EVENT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy sự kiện để gắn với lần trao hỗ trợ.',
    en: 'Event for this hand-out not found.',
  },
  WELFARE_CATEGORY_INVALID: {
    status: 422,
    vi: 'Diện khó khăn không thuộc các diện của chương trình.',
    en: 'The hardship category is not one of the programme’s.',
  },
  WELFARE_DUPLICATE: {
    status: 409,
    vi: 'Người này (cùng số CCCD) đã được đề nghị trong chương trình.',
    en: 'This person (same CCCD) is already nominated in this programme.',
  },
  WELFARE_CAP_EXCEEDED: {
    status: 409,
    vi: 'Người này đã nhận hỗ trợ loại này trong năm vượt mức trần cho phép.',
    en: 'This person would exceed the yearly cap for this kind of support.',
  },
  WELFARE_STATUS_INVALID: {
    status: 409,
    vi: 'Đề nghị không ở trạng thái cho phép thao tác này.',
    en: 'The nomination is not in a state that allows this.',
  },
  WELFARE_NOT_REVIEWER: {
    status: 403,
    vi: 'Bạn không có quyền xét duyệt ở cấp đang xét đề nghị này.',
    en: 'You may not review this nomination at its current level.',
  },
  WELFARE_COMMENT_REQUIRED: {
    status: 422,
    vi: 'Cần ghi ý kiến khi trả lại hoặc không duyệt.',
    en: 'A comment is required to return or refuse.',
  },
  // Hand-outs and spending (hand-out edit, funding sources, quota budgets)
  WELFARE_FUNDING_EXCEEDED: {
    status: 409,
    vi: 'Nguồn kinh phí "{source}" chỉ còn {remaining} đồng, không đủ để trao {amount} đồng.',
    en: 'The funding source "{source}" has only {remaining} VND left, not enough for {amount} VND.',
  },
  WELFARE_BUDGET_EXCEEDED: {
    status: 409,
    vi: 'Kinh phí được giao của {unit} chỉ còn {remaining} đồng, không đủ để trao {amount} đồng.',
    en: 'The budget allocated to {unit} has only {remaining} VND left, not enough for {amount} VND.',
  },
  WELFARE_FUNDING_NOT_FOUND: {
    status: 422,
    vi: 'Nguồn kinh phí không thuộc chương trình này.',
    en: 'This funding source is not one of the programme’s.',
  },
  WELFARE_FUNDING_IN_USE: {
    status: 409,
    vi: 'Không thể bỏ hoặc giảm nguồn kinh phí "{source}" xuống dưới số đã trao từ nguồn này ({spent} đồng).',
    en: 'The funding source "{source}" cannot be removed or lowered below what was handed out from it ({spent} VND).',
  },
  WELFARE_HANDOUT_NOT_FOUND: {
    status: 404,
    vi: 'Đề nghị này chưa được ghi nhận trao hỗ trợ.',
    en: 'No hand-out is recorded for this nomination.',
  },
  WELFARE_VOUCHER_CODE_REQUIRED: {
    status: 422,
    vi: 'Trao bằng phiếu điện tử cần ghi mã phiếu.',
    en: 'A hand-out by e-voucher needs the voucher code.',
  },
  WELFARE_COUNT_INVALID: {
    status: 422,
    vi: 'Số suất phải là số nguyên, không âm (không có phần thập phân).',
    en: 'Counts are whole numbers, not negative and without decimals.',
  },
  WELFARE_HANDOUT_DATE_INVALID: {
    status: 422,
    vi: 'Ngày trao không được sau ngày hôm nay.',
    en: 'The hand-out date cannot be in the future.',
  },
  WELFARE_IMPORT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy danh sách đề nghị đã tải lên.',
    en: 'Nomination list not found.',
  },
  WELFARE_IMPORT_DUPLICATE_CCCD: {
    status: 422,
    vi: 'Tệp có số CCCD trùng nhau ({rows}): mỗi người chỉ được đề nghị một lần trong chương trình. Sửa tệp rồi tải lên lại; chưa dòng nào được ghi.',
    en: 'The file repeats CCCD numbers ({rows}): each person may be nominated once. Fix the file and upload it again; nothing was written.',
  },
  WELFARE_IMPORT_HAS_ERRORS: {
    status: 422,
    vi: 'Còn {count} dòng lỗi: sửa theo tệp các dòng lỗi rồi tải lên lại; chưa dòng nào được ghi.',
    en: '{count} rows have errors: fix them using the error file and upload again; nothing was written.',
  },
  WELFARE_IMPORT_ROW_REFUSED: {
    status: 409,
    vi: 'Dòng {row}: {message} Chưa dòng nào được ghi.',
    en: 'Row {row}: {message} Nothing was written.',
  },
  WELFARE_FILE_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy tệp đính kèm.',
    en: 'Attachment not found.',
  },
  WELFARE_APPLICATIONS_OFF: {
    status: 409,
    vi: 'Chương trình chưa nhận đơn của đoàn viên: hãy gắn một sự kiện có mở đăng ký trong phần sửa chương trình.',
    en: 'This programme takes no applications: link an event with registration open in the programme form.',
  },
} as const satisfies ErrorTable;
