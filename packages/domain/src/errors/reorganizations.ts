// Error codes of the reorganizations module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const reorganizationsErrors = {
  REORG_CYCLE: {
    status: 400,
    vi: 'Không thể chuyển {code} vào {target} vì {target} là đơn vị trực thuộc của chính nó.',
    en: 'Cannot move {code} under {target}: {target} is inside its own subtree.',
  },
  REORG_SAME_PARENT: {
    status: 400,
    vi: 'Đơn vị {code} đã trực thuộc {target}.',
    en: 'Unit {code} is already under {target}.',
  },
  REORG_KIND_NOT_ALLOWED: {
    status: 400,
    vi: 'Loại đơn vị "{kind}" không thể trực thuộc {target}.',
    en: 'A unit of kind "{kind}" cannot sit under {target}.',
  },
  REORG_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đợt sắp xếp.', en: 'Reorganisation not found.' },
  REORG_ALREADY_UNDONE: {
    status: 409,
    vi: 'Đợt sắp xếp này đã được hoàn tác.',
    en: 'This reorganisation has already been undone.',
  },
  BULK_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đợt sắp xếp hàng loạt.', en: 'Bulk restructuring not found.' },
  BULK_ALREADY_STARTED: {
    status: 409,
    vi: 'Đợt sắp xếp hàng loạt này đã được áp dụng hoặc đang chạy.',
    en: 'This bulk restructuring was already applied or is running.',
  },
  BULK_HAS_CONFLICTS: {
    status: 400,
    vi: 'Tệp còn {count} xung đột (dòng đầu tiên: {row}). Không có thay đổi nào; hãy sửa tệp và tải lên lại.',
    en: 'The file has {count} conflicts (first at row {row}). Nothing changed; fix the file and upload it again.',
  },
  BULK_SHEET_INVALID: {
    status: 400,
    vi: 'Trang tính "{sheet}" không đúng mẫu: dòng 1 phải có các cột {columns}.',
    en: 'Sheet "{sheet}" does not follow the template: row 1 must have the columns {columns}.',
  },
  BULK_TOO_MANY_ROWS: {
    status: 400,
    vi: 'Tệp có hơn {max} dòng; hãy chia nhỏ tệp.',
    en: 'The file has more than {max} rows; split it.',
  },
  BULK_FILE_UNREADABLE: {
    status: 400,
    vi: 'Không đọc được tệp: {reason}.',
    en: 'The file could not be read: {reason}.',
  },
  ROW_REQUIRED: { status: 400, vi: 'Thiếu giá trị bắt buộc.', en: 'A required value is missing.' },
  ROW_FORMULA: {
    status: 400,
    vi: 'Ô chứa công thức; chỉ nhận giá trị (hãy dán dạng giá trị).',
    en: 'The cell holds a formula; only plain values are accepted.',
  },
  ROW_MERGED_CELL: { status: 400, vi: 'Ô bị gộp (merge); hãy bỏ gộp ô.', en: 'The cell is merged; unmerge it.' },
  ROW_UNKNOWN_UNIT: {
    status: 400,
    vi: 'Không có đơn vị mã {code} trong phạm vi của bạn.',
    en: 'No unit {code} in your scope.',
  },
  ROW_UNKNOWN_PARENT: {
    status: 400,
    vi: 'Không có đơn vị cấp trên mã {code} trong phạm vi của bạn.',
    en: 'No parent unit {code} in your scope.',
  },
  ROW_DUPLICATE: {
    status: 400,
    vi: 'Đơn vị {code} xuất hiện nhiều lần (dòng {first}).',
    en: 'Unit {code} appears twice (row {first}).',
  },
  ROW_INVALID_DATE: {
    status: 400,
    vi: 'Ngày "{value}" không hợp lệ (dd/mm/yyyy).',
    en: 'Date "{value}" is not valid (dd/mm/yyyy).',
  },
  ROW_INVALID_KIND: { status: 400, vi: 'Loại đơn vị "{value}" không hợp lệ.', en: 'Unit kind "{value}" is not valid.' },
  ROW_ORPHANS: {
    status: 400,
    vi: 'Đơn vị {code} bị giải thể nhưng còn {count} đơn vị trực thuộc chưa được chuyển đi.',
    en: 'Unit {code} is closed but {count} units under it were not moved.',
  },
} as const satisfies ErrorTable;
