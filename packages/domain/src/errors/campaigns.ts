// Error codes of the campaigns module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const campaignsErrors = {
  CAMPAIGN_NOT_FOUND: { status: 404, vi: 'Không tìm thấy kế hoạch/chiến dịch.', en: 'Campaign not found.' },
  ACTIVITY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hoạt động.', en: 'Activity not found.' },
  INHERITED_ACTIVITY_LOCKED: {
    status: 409,
    vi: 'Không thể xóa hoạt động do cấp trên giao; đơn vị chỉ được bổ sung hoạt động của mình.',
    en: 'Activities inherited from above cannot be removed; a unit may only add its own.',
  },
  ACTIVITY_INHERITED_EDIT: {
    status: 409,
    vi: 'Hoạt động này do cấp trên giao; chỉ đơn vị giao hoạt động mới được sửa.',
    en: 'This activity was assigned from above; only the unit that assigned it can change it.',
  },
  CAMPAIGN_COPY_LOCKED: {
    status: 409,
    vi: 'Đây là bản kế hoạch nhận từ {issuer}; chỉ đơn vị ban hành mới được sửa hoặc hủy kế hoạch.',
    en: 'This is a copy received from {issuer}; only the issuing unit can change or cancel the plan.',
  },
  CAMPAIGN_CANCELLED: {
    status: 409,
    vi: 'Kế hoạch đã bị hủy ({reason}); không thể thay đổi thêm.',
    en: 'The plan was cancelled ({reason}); it can no longer be changed.',
  },
  CAMPAIGN_TARGET_INVALID: {
    status: 400,
    vi: 'Chỉ ban hành được cho đơn vị cấp dưới của đơn vị ban hành.',
    en: 'A campaign can only be issued to units below the issuing unit.',
  },
  CAMPAIGN_DATES_INVALID: {
    status: 400,
    vi: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.',
    en: 'The end date must not be before the start date.',
  },
  NEGATIVE_INDICATOR: {
    status: 400,
    vi: 'Số liệu "{indicator}" không được là số âm.',
    en: 'The figure "{indicator}" cannot be negative.',
  },
  UNKNOWN_INDICATOR: {
    status: 400,
    vi: 'Chỉ tiêu "{indicator}" không thuộc hoạt động này.',
    en: 'The indicator "{indicator}" does not belong to this activity.',
  },
} as const satisfies ErrorTable;
