// Error codes of the org-units module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const orgUnitsErrors = {
  UNIT_CODE_TAKEN: { status: 409, vi: 'Mã đơn vị {code} đã được dùng.', en: 'Unit code {code} is already in use.' },
  UNIT_CLOSED: {
    status: 400,
    vi: 'Đơn vị {code} đã giải thể hoặc chưa hoạt động vào ngày {date}.',
    en: 'Unit {code} is closed or not yet founded on {date}.',
  },
  UNIT_IS_ROOT: {
    status: 400,
    vi: 'Không thể sắp xếp lại đơn vị gốc {code}.',
    en: 'The root unit {code} cannot be reorganised.',
  },
  EFFECTIVE_BEFORE_FOUNDED: {
    status: 400,
    vi: 'Ngày hiệu lực {date} trước ngày thành lập {founded} của {code}.',
    en: 'Effective date {date} is before {code} was founded ({founded}).',
  },
  ADMIN_CODE_UNKNOWN: {
    status: 400,
    vi: 'Mã hành chính {code} (trường {field}) không có trong danh mục phiên bản {version}.',
    en: 'Administrative code {code} ({field}) is not in the {version} list.',
  },
  ADMIN_VERSION_REQUIRED: {
    status: 400,
    vi: 'Cần chọn phiên bản danh mục hành chính khi nhập mã tỉnh/xã.',
    en: 'Choose the administrative list version when giving province or commune codes.',
  },
  TAX_CODE_INVALID: {
    status: 400,
    vi: 'Mã số thuế "{value}" không hợp lệ: cần 10 hoặc 13 chữ số.',
    en: 'Tax code "{value}" is not valid: it needs 10 or 13 digits.',
  },
  SUBKIND_INVALID: {
    status: 400,
    vi: 'Phân loại "{subkind}" không hợp với loại đơn vị "{kind}".',
    en: 'Subkind "{subkind}" does not fit unit kind "{kind}".',
  },
  SECTOR_ONLY_GRASSROOTS: {
    status: 400,
    vi: 'Khu vực và thông tin đơn vị sử dụng lao động chỉ dành cho công đoàn cơ sở.',
    en: 'Sector and employer details apply to grassroots unions only.',
  },
  COMMITTEE_TERM_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy nhiệm kỳ ban chấp hành này của đơn vị.',
    en: 'This executive-committee term of the unit was not found.',
  },
  COMMITTEE_TERM_DATES: {
    status: 400,
    vi: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.',
    en: 'The term must end after it starts.',
  },
  COMMITTEE_MEMBER_DATES: {
    status: 400,
    vi: 'Thời gian giữ chức vụ của {name} phải kết thúc sau khi bắt đầu.',
    en: "{name}'s time in office must end after it starts.",
  },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị công đoàn.', en: 'Union unit not found.' },
} as const satisfies ErrorTable;
