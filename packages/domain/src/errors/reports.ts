// Error codes of the reports module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const reportsErrors = {
  REPORT_FORM_NOT_FOUND: { status: 404, vi: 'Không tìm thấy biểu mẫu báo cáo.', en: 'Report form not found.' },
  REPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' },
  REPORT_FORM_INVALID: {
    status: 422,
    vi: 'Biểu mẫu không hợp lệ: chỉ tiêu {key} không có trong danh mục chỉ tiêu.',
    en: 'Invalid form: indicator {key} is not in the registry.',
  },
  REPORT_PERIOD_INVALID: {
    status: 422,
    vi: 'Kỳ báo cáo không hợp lệ: ngày kết thúc phải sau ngày bắt đầu và hạn nộp không trước ngày bắt đầu.',
    en: 'Invalid period: the end must follow the start, and the deadline must not precede the start.',
  },
  REPORT_ALREADY_ASSIGNED: {
    status: 409,
    vi: 'Đơn vị đã giao biểu mẫu này cho kỳ này rồi.',
    en: 'This form is already assigned for this period.',
  },
  REPORT_NOT_EXPECTED: {
    status: 422,
    vi: 'Đơn vị này không thuộc diện phải nộp báo cáo này.',
    en: 'This unit does not have to submit this report.',
  },
  REPORT_LOCKED: {
    status: 409,
    vi: 'Báo cáo đã được gửi hoặc đã duyệt nên không sửa được. Cấp trên cần trả lại hoặc mở lại báo cáo.',
    en: 'The report was submitted or approved and is locked; the level above must return or reopen it.',
  },
  REPORT_COMPUTED_READONLY: {
    status: 422,
    vi: 'Chỉ tiêu "{key}" do phần mềm tự tính từ dữ liệu nghiệp vụ, không nhập tay được.',
    en: 'Indicator "{key}" is computed by the software and cannot be entered.',
  },
  REPORT_VALUE_INVALID: {
    status: 422,
    vi: 'Giá trị của chỉ tiêu "{key}" phải là số không âm{integer}.',
    en: 'The value of "{key}" must be a non-negative number{integer}.',
  },
  REPORT_UNKNOWN_FIELD: {
    status: 422,
    vi: 'Biểu mẫu không có mục "{key}".',
    en: 'The form has no field "{key}".',
  },
  REPORT_OWN_REVIEW: {
    status: 403,
    vi: 'Không thể tự duyệt báo cáo của chính mình: việc duyệt thuộc về cấp trên.',
    en: 'You cannot review your own report: the level above does.',
  },
  REPORT_BAD_STATE: {
    status: 409,
    vi: 'Báo cáo đang ở trạng thái "{status}", không thực hiện được thao tác này.',
    en: 'The report is "{status}"; this action is not possible.',
  },
  REPORT_FIGURE_NO_ROWS: {
    status: 404,
    vi: 'Chỉ tiêu "{key}" không có trong biểu mẫu này hoặc không phải chỉ tiêu tự tính từ dữ liệu nghiệp vụ.',
    en: 'Indicator "{key}" is not in this form or is not computed from records.',
  },
  REPORT_RETURN_NEEDS_COMMENT: {
    status: 422,
    vi: 'Khi trả lại báo cáo, hãy ghi rõ nội dung cần sửa.',
    en: 'Say what to fix when returning a report.',
  },
  DASHBOARD_INDICATOR_UNKNOWN: {
    status: 422,
    vi: 'Chỉ tiêu "{key}" không có trên bảng điều khiển (chỉ các chỉ tiêu tự tính).',
    en: 'Indicator "{key}" is not on the dashboard (computed indicators only).',
  },
  DASHBOARD_TARGET_NOT_WHOLE: {
    status: 422,
    vi: 'Chỉ tiêu "{name}" đếm theo số lượng: kế hoạch phải là số nguyên không âm.',
    en: 'Indicator "{name}" is a count: the target must be a whole number, not negative.',
  },
  DASHBOARD_TARGET_OVER_100: {
    status: 422,
    vi: 'Chỉ tiêu "{name}" là tỷ lệ phần trăm: kế hoạch từ 0 đến 100.',
    en: 'Indicator "{name}" is a percentage: the target must be between 0 and 100.',
  },
} as const satisfies ErrorTable;
