// Error codes of Union Homes (Mái ấm Công đoàn), part of the welfare module's table (errors/welfare.ts).
import type { ErrorTable } from './error-table';

export const unionHomeErrors = {
  WELFARE_HOME_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy hồ sơ nhà Mái ấm Công đoàn.',
    en: 'Union Home not found.',
  },
  WELFARE_HOME_PROGRAMME_KIND: {
    status: 422,
    vi: 'Chỉ lập hồ sơ nhà trong chương trình "Mái ấm Công đoàn".',
    en: 'Houses belong only to a Union Home programme.',
  },
  WELFARE_HOME_NOMINATION_INVALID: {
    status: 422,
    vi: 'Chỉ lập hồ sơ nhà cho người đã được duyệt trong chương trình này.',
    en: 'A house is recorded only for a person approved in this programme.',
  },
  WELFARE_HOME_EXISTS: {
    status: 409,
    vi: 'Người được hỗ trợ này đã có hồ sơ nhà.',
    en: 'This beneficiary already has a house record.',
  },
  WELFARE_HOME_BENEFICIARY_REQUIRED: {
    status: 422,
    vi: 'Cần chọn người được đề nghị, hoặc ghi đơn vị và họ tên người được hỗ trợ.',
    en: 'Pick a nomination, or give the unit and the beneficiary’s name.',
  },
  WELFARE_HOME_LOCATION_INVALID: {
    status: 422,
    vi: 'Vị trí không hợp lệ: xã/phường phải thuộc tỉnh đã chọn (danh mục 2025) và tọa độ phải nằm trong lãnh thổ Việt Nam.',
    en: 'Invalid location: the commune must be in the chosen province (2025 list) and the coordinates inside Vietnam.',
  },
  WELFARE_HOME_STAGE_SKIP: {
    status: 409,
    vi: 'Không thể bỏ qua giai đoạn: bước tiếp theo của nhà này là "{next}".',
    en: 'Stages cannot be skipped: this house’s next stage is "{next}".',
  },
  WELFARE_HOME_STAGE_NOT_REACHED: {
    status: 409,
    vi: 'Nhà chưa đến giai đoạn này nên chưa có thông tin để sửa.',
    en: 'The house has not reached this stage yet.',
  },
  WELFARE_HOME_PHOTO_REQUIRED: {
    status: 409,
    vi: 'Cần có ít nhất một ảnh hiện trạng nhà trước khi khảo sát.',
    en: 'Add at least one photo of the current house before the survey.',
  },
  WELFARE_HOME_MILESTONE_REQUIRED: {
    status: 409,
    vi: 'Cần ghi ít nhất một mốc thi công trước khi báo hoàn thành.',
    en: 'Record at least one construction milestone before completion.',
  },
  WELFARE_HOME_MILESTONE_CLOSED: {
    status: 409,
    vi: 'Chỉ ghi mốc thi công sau khi khởi công và trước khi bàn giao.',
    en: 'Milestones are recorded between ground-breaking and handover.',
  },
  WELFARE_HOME_MILESTONE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy mốc thi công.', en: 'Milestone not found.' },
  WELFARE_HOME_FUNDING_SUM: {
    status: 422,
    vi: 'Tổng các nguồn kinh phí ({sum} đồng) phải bằng kinh phí được duyệt ({approved} đồng).',
    en: 'The funding sources add up to {sum} VND; they must equal the approved cost of {approved} VND.',
  },
  WELFARE_HOME_DATE_ORDER: {
    status: 422,
    vi: 'Ngày không hợp lệ: "{field}" không được trước ngày của giai đoạn trước ({after}).',
    en: 'Invalid date: "{field}" cannot come before the previous stage’s date ({after}).',
  },
  WELFARE_HOME_PHOTO_STAGE: {
    status: 409,
    vi: 'Chỉ thêm ảnh cho giai đoạn nhà đã đến.',
    en: 'Photos are added only for stages the house has reached.',
  },
} as const satisfies ErrorTable;
