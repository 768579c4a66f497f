// Error codes of the member-import module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const memberImportErrors = {
  IMPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lượt nhập dữ liệu.', en: 'Import not found.' },
  IMPORT_NOT_SPREADSHEET: {
    status: 400,
    vi: 'Tệp không phải bảng tính Excel (.xlsx) hoặc CSV hợp lệ, hoặc đã bị hỏng.',
    en: 'The file is not a valid Excel (.xlsx) or CSV spreadsheet, or it is damaged.',
  },
  IMPORT_ZIP_BOMB: {
    status: 400,
    vi: 'Tệp Excel bị nén bất thường (giải nén quá lớn) nên không thể đọc an toàn.',
    en: 'The Excel file is abnormally compressed (it would expand too much) and cannot be read safely.',
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 400,
    vi: 'Tệp có quá nhiều dòng: tối đa {max} dòng mỗi lần nhập. Vui lòng chia nhỏ tệp.',
    en: 'Too many rows: at most {max} rows per import. Please split the file.',
  },
  IMPORT_CELL_TOO_LONG: {
    status: 400,
    vi: 'Ô {cell} quá dài (tối đa {max} ký tự).',
    en: 'Cell {cell} is too long (at most {max} characters).',
  },
  IMPORT_TOO_MANY_CELLS: {
    status: 400,
    vi: 'Trang tính có quá nhiều ô (tối đa {max} ô). Vui lòng chia nhỏ tệp hoặc xóa các cột không dùng.',
    en: 'The sheet has too many cells (at most {max}). Split the file or delete unused columns.',
  },
  IMPORT_TOO_MANY_COLUMNS: {
    status: 400,
    vi: 'Ô {cell} nằm ngoài {max} cột đầu tiên; tệp chỉ được có dữ liệu trong {max} cột.',
    en: 'Cell {cell} lies beyond the first {max} columns; data must stay within {max} columns.',
  },
  IMPORT_LINE_TOO_LONG: {
    status: 400,
    vi: 'Dòng {row} của tệp CSV quá dài (tối đa {max} ký tự).',
    en: 'Line {row} of the CSV file is too long (at most {max} characters).',
  },
  IMPORT_TEXT_TOO_LARGE: {
    status: 400,
    vi: 'Tệp Excel chứa quá nhiều chữ (tối đa {max} ký tự). Hãy xóa các trang tính không cần rồi tải lên lại.',
    en: 'The Excel file holds too much text (at most {max} characters). Delete the sheets you do not need and upload again.',
  },
  IMPORT_SHEET_NOT_FOUND: {
    status: 400,
    vi: 'Không tìm thấy trang tính đã chọn.',
    en: 'The chosen sheet was not found.',
  },
  IMPORT_NO_HEADER: {
    status: 400,
    vi: 'Không tìm thấy dòng tiêu đề (ví dụ "Họ và tên") trong trang tính "{sheet}". Hãy chọn đúng trang tính hoặc dùng tệp mẫu.',
    en: 'No header row (such as "Họ và tên") found in sheet "{sheet}". Choose the right sheet or use the template.',
  },
  IMPORT_NO_NAME_COLUMN: {
    status: 400,
    vi: 'Cần chọn cột họ tên (hoặc cột tên) trước khi kiểm tra.',
    en: 'Choose the name column (or given-name column) before checking.',
  },
  IMPORT_EMPTY: { status: 400, vi: 'Trang tính không có dòng dữ liệu nào.', en: 'The sheet has no data rows.' },
  IMPORT_WRONG_STATE: {
    status: 409,
    vi: 'Lượt nhập đang ở trạng thái "{status}", không thể thực hiện thao tác này.',
    en: 'The import is "{status}"; this action is not possible now.',
  },
  IMPORT_HAS_ERRORS: {
    status: 400,
    vi: 'Có {count} dòng lỗi: chế độ "tất cả hoặc không" không ghi gì. Hãy sửa tệp hoặc chọn "chỉ nhập dòng hợp lệ".',
    en: '{count} rows have errors: "all or nothing" wrote nothing. Fix the file or choose "valid rows only".',
  },
  IMPORT_ACTION_NOT_ALLOWED: {
    status: 400,
    vi: 'Không thể chọn thao tác này cho dòng: chỉ cập nhật/ghi đè người đã có ở đơn vị này; người có số CCCD đã có không thể tạo mới; người đang sinh hoạt ở đơn vị khác chỉ có thể gửi đề nghị chuyển sinh hoạt hoặc bỏ qua.',
    en: 'This action is not possible for the row: only a known person held here can be updated or overwritten; a known national ID cannot be created again; a person held by another union can only be requested for transfer or skipped.',
  },
} as const satisfies ErrorTable;
