// Error codes of the petitions module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const petitionsErrors = {
  PETITION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy kiến nghị.', en: 'Petition not found.' },
  PETITION_CALL_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đợt lấy kiến nghị.',
    en: 'Call for petitions not found.',
  },
  TOPIC_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lĩnh vực kiến nghị.', en: 'Petition topic not found.' },
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
  CONSOLIDATION_UNIT_NOT_ABOVE: {
    status: 409,
    vi: '{unit} không phải cấp trên chung của mọi kiến nghị được chọn; hãy tổng hợp tại đơn vị quản lý tất cả các kiến nghị này.',
    en: '{unit} is not above every selected petition; consolidate at the union that handles all of them.',
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
} as const satisfies ErrorTable;
