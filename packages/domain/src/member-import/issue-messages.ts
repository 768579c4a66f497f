import type { Lang } from '../errors';
import { personColumns } from '../members/person-columns';
import { importShapeColumns, nominationColumns } from './import-fields';
import { errorCatalog, errorMessage, type ErrorCode } from '../errors';

// Row findings of an import, in words, for the preview table and the error file.
const fieldNames: Record<string, { vi: string; en: string }> = {
  name: personColumns.fullName,
  ...personColumns,
  ...importShapeColumns,
  ...nominationColumns,
};

const messages: Record<string, { vi: string; en: string }> = {
  required: { vi: '{field}: còn trống', en: '{field}: missing' },
  too_long: { vi: '{field}: quá dài', en: '{field}: too long' },
  date_invalid: { vi: '{field}: ngày không hợp lệ ({from})', en: '{field}: not a valid date ({from})' },
  date_out_of_range: { vi: '{field}: ngày ngoài khoảng hợp lý ({from})', en: '{field}: date out of range ({from})' },
  gender_invalid: {
    vi: 'Giới tính không rõ ({from}): ghi Nam hoặc Nữ',
    en: 'Unclear gender ({from}): write Nam or Nữ',
  },
  cccd_invalid: {
    vi: 'Số CCCD không hợp lệ ({from}): cần 12 chữ số, mã tỉnh đúng (CMND cũ: 9 chữ số)',
    en: 'Invalid national ID ({from}): 12 digits with a valid province code (old CMND: 9 digits)',
  },
  id_invalid: {
    vi: '{field}: số không hợp lệ ({from}): CCCD có 12 chữ số, CMND cũ có 9 chữ số',
    en: '{field}: invalid number ({from}): a CCCD has 12 digits, an old CMND 9',
  },
  id_twice: {
    vi: '{field}: có hai số khác nhau trên cùng dòng ({from})',
    en: '{field}: two different numbers on the same row ({from})',
  },
  date_partial: {
    vi: '{field}: cần đủ ngày, tháng, năm ({from})',
    en: '{field}: needs day, month and year ({from})',
  },
  too_young: {
    vi: 'Chưa đủ 15 tuổi (tuổi lao động tối thiểu) vào ngày vào công đoàn ({from})',
    en: 'Under 15 (the minimum working age) on the admission date ({from})',
  },
  phone_invalid: {
    vi: 'Số điện thoại không hợp lệ ({from}): cần 10 chữ số di động',
    en: 'Invalid phone ({from}): 10-digit mobile number',
  },
  email_invalid: { vi: 'Email không hợp lệ ({from})', en: 'Invalid email ({from})' },
  duplicate_in_file: { vi: '{field}: trùng với dòng {from} trong tệp', en: '{field}: same as row {from} of the file' },
  member_elsewhere: {
    vi: 'Đã là đoàn viên ở đơn vị khác — hãy đề nghị công đoàn cơ sở đang quản lý họ gửi yêu cầu chuyển sinh hoạt',
    en: 'Already a member in another unit — ask the union that holds their record to send a transfer',
  },
  cccd_taken: {
    vi: 'Số CCCD đã thuộc về một người ở đơn vị khác (ngoài phạm vi của bạn)',
    en: 'The national ID belongs to a person in another unit (outside your scope)',
  },
  card_number_taken: { vi: 'Số thẻ đã được dùng', en: 'Card number already used' },
  already_member_elsewhere: {
    vi: 'Đang là đoàn viên ở đơn vị khác: chỉ cập nhật thông tin, không kết nạp lại',
    en: 'Already a member elsewhere: details updated, not admitted again',
  },
  possible_duplicate_in_file: {
    vi: 'Có thể trùng người ở dòng {from} (cùng họ tên và ngày sinh)',
    en: 'Possibly the same person as row {from} (same name and birth date)',
  },
  nfd: { vi: '{field}: chuẩn hóa Unicode tổ hợp → dựng sẵn (NFC)', en: '{field}: decomposed Unicode composed (NFC)' },
  tcvn3: {
    vi: '{field}: chuyển mã TCVN3 (.VnTime) "{from}" → "{to}"',
    en: '{field}: TCVN3 converted "{from}" → "{to}"',
  },
  vni: { vi: '{field}: chuyển mã VNI "{from}" → "{to}"', en: '{field}: VNI converted "{from}" → "{to}"' },
  leading_zero: {
    vi: '{field}: thêm số 0 đầu bị mất ({from} → {to})',
    en: '{field}: restored lost leading zero ({from} → {to})',
  },
  date_serial: { vi: '{field}: số ngày Excel {from} → {to}', en: '{field}: Excel serial {from} → {to}' },
  two_digit_year: { vi: '{field}: năm 2 chữ số {from} → {to}', en: '{field}: two-digit year {from} → {to}' },
  cccd_mismatch: {
    vi: 'Số CCCD không khớp năm sinh hoặc giới tính: kiểm tra lại',
    en: 'National ID does not match birth year or gender: check it',
  },
  gender_from_cccd: { vi: 'Giới tính lấy theo số CCCD', en: 'Gender taken from the national ID' },
  nationality_unknown: { vi: 'Quốc tịch không rõ, bỏ qua', en: 'Unknown nationality, ignored' },
  formula: { vi: '{field}: ô có công thức, lấy giá trị đã tính', en: '{field}: formula cell, using its value' },
  // Nomination lists (welfare): a row the registry does not know, and a row the programme refuses.
  not_in_registry: {
    vi: 'Không tìm thấy trong sổ đoàn viên của đơn vị (theo CCCD, số điện thoại, họ tên và ngày sinh); chương trình không nhận người ngoài công đoàn',
    en: "Not found in the unit's registry (by CCCD, phone, name and birth date); the programme is for members only",
  },
  amount_invalid: {
    vi: '{field}: cần số nguyên đồng, không âm ({from})',
    en: '{field}: whole VND, not negative ({from})',
  },
  refused: { vi: '{code}', en: '{code}' },
};

export function importFieldName(field: string, lang: Lang = 'vi'): string {
  return fieldNames[field]?.[lang] ?? field;
}

export function importIssueMessage(
  issue: { code: string; field?: string; from?: string; to?: string },
  lang: Lang = 'vi',
): string {
  const template = messages[issue.code]?.[lang] ?? issue.code;
  const values: Record<string, string> = {
    field: issue.field ? importFieldName(issue.field, lang) : '',
    from: issue.from ?? '',
    to: issue.to ?? '',
    // 'refused': the use case's own error (its code in `from`), in the same words as a refused request.
    code: issue.from && issue.from in errorCatalog ? errorMessage(issue.from as ErrorCode, lang) : (issue.from ?? ''),
  };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}
