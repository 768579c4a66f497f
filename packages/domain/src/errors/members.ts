// Error codes of the members module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const membersErrors = {
  MEMBER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đoàn viên.', en: 'Member not found.' },
  PERSON_NOT_FOUND: { status: 404, vi: 'Không tìm thấy người này.', en: 'Person not found.' },
  NOT_A_GRASSROOTS_UNION: {
    status: 400,
    vi: 'Đơn vị được chọn không phải công đoàn cơ sở.',
    en: 'The unit chosen is not a grassroots union.',
  },
  UNION_GROUP_NOT_IN_UNIT: {
    status: 400,
    vi: 'Tổ công đoàn không thuộc công đoàn cơ sở đã chọn.',
    en: 'The union group does not belong to the chosen grassroots union.',
  },
  CCCD_INVALID: {
    status: 400,
    vi: 'Số CCCD phải gồm 12 chữ số với mã tỉnh hợp lệ.',
    en: 'A CCCD number has 12 digits starting with a valid province code.',
  },
  CCCD_MISMATCH: {
    status: 422,
    vi: 'Số CCCD không khớp với năm sinh hoặc giới tính. Kiểm tra lại, hoặc xác nhận nếu vẫn đúng.',
    en: 'The CCCD does not match the birth year or gender. Check it, or confirm if it is right.',
  },
  // Only inside the actor's personal-data scope, so it may name the holder (outside: MEMBER_ELSEWHERE).
  CCCD_TAKEN: {
    status: 409,
    vi: 'Số CCCD này đã thuộc về {name}, {unit}. Mở hồ sơ của người này thay vì tạo người mới.',
    en: 'This CCCD already belongs to {name}, {unit}. Open their record instead of creating a new person.',
  },
  // Found outside the actor's scope: names no person and no unit (no existence oracle across branches).
  MEMBER_ELSEWHERE: {
    status: 409,
    vi: 'Người này đã là đoàn viên ở đơn vị khác — hãy đề nghị công đoàn cơ sở đang quản lý họ gửi yêu cầu chuyển sinh hoạt về đơn vị của bạn.',
    en: 'This person is already a member in another unit — ask the grassroots union that holds their record to send a transfer to your unit.',
  },
  EXISTENCE_CHECK_LIMIT: {
    status: 429,
    vi: 'Bạn đã kiểm tra quá nhiều số CCCD ngoài phạm vi của mình trong một giờ ({limit} số). Vui lòng thử lại sau {minutes} phút.',
    en: 'You have checked too many national IDs outside your scope within an hour ({limit}). Try again in {minutes} minutes.',
  },
  BIRTH_DATE_IN_FUTURE: {
    status: 400,
    vi: 'Ngày sinh không thể sau ngày hôm nay.',
    en: 'The birth date cannot be after today.',
  },
  MEMBER_TOO_YOUNG: {
    status: 400,
    vi: 'Người này chưa đủ 15 tuổi (tuổi lao động tối thiểu) vào ngày vào công đoàn.',
    en: 'This person is under 15 (the minimum working age) on the admission date.',
  },
  PHONE_INVALID: {
    status: 400,
    vi: 'Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.',
    en: 'A mobile number has 10 digits starting with 03, 05, 07, 08 or 09.',
  },
  ALREADY_ACTIVE_MEMBER: {
    status: 409,
    vi: 'Người này đang là đoàn viên (hoặc đang chuyển sinh hoạt) ở một công đoàn cơ sở.',
    en: 'This person already holds an active (or in-transit) membership.',
  },
  MEMBERSHIP_STATE_CONFLICT: {
    status: 409,
    vi: 'Không thể thực hiện: trạng thái đoàn viên đã thay đổi ({status}). Vui lòng tải lại.',
    en: 'Not possible: the membership status has changed ({status}). Please reload.',
  },
  TRANSFER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy yêu cầu chuyển sinh hoạt.', en: 'Transfer not found.' },
  TRANSFER_SAME_UNIT: {
    status: 400,
    vi: 'Công đoàn cơ sở nhận phải khác công đoàn cơ sở hiện tại.',
    en: 'The receiving union must differ from the current one.',
  },
  CARD_SHEET_TOO_LARGE: {
    status: 400,
    vi: 'Đơn vị có quá nhiều thẻ để in một lần (tối đa {max}). Hãy in theo từng đơn vị trực thuộc.',
    en: 'The unit has too many cards to print at once (at most {max}). Print each sub-unit instead.',
  },
  NO_CARDS_TO_PRINT: {
    status: 404,
    vi: 'Đơn vị chưa có đoàn viên nào được cấp thẻ.',
    en: 'No member of this unit has a card yet.',
  },
  CARD_NUMBER_TAKEN: { status: 409, vi: 'Số thẻ đoàn viên đã được dùng.', en: 'This card number is already used.' },
  CARD_SCHEME_INVALID: {
    status: 400,
    vi: 'Mẫu số thẻ phải chứa {SEQ:n} (n từ 4 đến 10).',
    en: 'A card number scheme must contain {SEQ:n} (n from 4 to 10).',
  },
  MERGE_NOT_POSSIBLE: {
    status: 409,
    vi: 'Không thể gộp: {reason}.',
    en: 'Cannot merge: {reason}.',
  },
  MERGE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lần gộp hồ sơ.', en: 'Merge not found.' },
} as const satisfies ErrorTable;
