// Stable error codes: one table gives each its HTTP status and its Vietnamese and English message.
// Add a code here first; the API maps AppError through this table and nothing else.
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The data sent is not valid.' },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'This content type is not supported.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  CONTROL_CHARACTERS: {
    status: 400,
    vi: 'Nội dung có ký tự điều khiển không hợp lệ.',
    en: 'The data contains control characters that are not allowed.',
  },
  NESTING_TOO_DEEP: {
    status: 400,
    vi: 'Dữ liệu gửi lên lồng nhau quá sâu.',
    en: 'The data sent is nested too deeply.',
  },
  MULTIPART_BOUNDARY_MISSING: {
    status: 400,
    vi: 'Tệp gửi lên không đúng định dạng multipart/form-data (thiếu boundary).',
    en: 'The upload is not valid multipart/form-data (no boundary).',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Đường dẫn API không tồn tại.', en: 'This API route does not exist.' },
  METHOD_NOT_ALLOWED: { status: 405, vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' },
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
    en: 'Your session has expired; please sign in again.',
  },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  CSRF_FAILED: {
    status: 403,
    vi: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
    en: 'Missing or wrong anti-forgery token. Please reload the page.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    en: 'You must change your password before continuing.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong login name or password.',
  },
  LOGIN_DELAYED: {
    status: 429,
    vi: 'Tài khoản này đã bị đăng nhập sai nhiều lần nên tạm thời phải chờ: vui lòng thử lại sau {minutes} phút. Trên thiết bị bạn từng đăng nhập thành công, bạn vẫn có thể đăng nhập ngay.',
    en: 'Too many failed sign-ins for this account: try again in {minutes} minutes. On a device you have signed in from before, you can sign in now.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    vi: 'Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many sign-in attempts from this address. Try again in {minutes} minutes.',
  },
  ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị vô hiệu hóa.', en: 'This account is disabled.' },
  WEAK_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự, có chữ và số, và không chứa tên đăng nhập.',
    en: 'Password too weak: at least 10 characters, letters and digits, not containing the login name.',
  },
  WRONG_CURRENT_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  PASSWORD_REUSED: {
    status: 400,
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  USERNAME_TAKEN: {
    status: 409,
    vi: 'Tên đăng nhập, email hoặc số điện thoại đã được dùng.',
    en: 'That login name, email or phone is already in use.',
  },
  ROLE_ALREADY_GRANTED: {
    status: 409,
    vi: 'Người dùng đã có vai trò này tại đơn vị này.',
    en: 'The user already holds this role on this unit.',
  },
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
  UNIT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn vị công đoàn.', en: 'Union unit not found.' },
  USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  CANNOT_GRANT_ROLE: { status: 403, vi: 'Bạn không thể cấp vai trò này.', en: 'You cannot grant this role.' },
  JOB_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tác vụ.', en: 'Job not found.' },
  JOB_ABANDONED: {
    status: 500,
    vi: 'Tác vụ bị dừng nhiều lần và đã được hủy; dữ liệu không bị ghi dở. Vui lòng chạy lại.',
    en: 'The job stopped repeatedly and was abandoned; nothing was half-written. Please run it again.',
  },
  FILE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp quá lớn (tối đa {maxMb} MB).',
    en: 'The file is too large (at most {maxMb} MB).',
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    vi: 'Loại tệp không được chấp nhận. Chỉ nhận: {allowed}.',
    en: 'This file type is not accepted. Allowed: {allowed}.',
  },
  FILE_REQUIRED: { status: 400, vi: 'Vui lòng chọn một tệp để tải lên.', en: 'Please choose a file to upload.' },
  FILE_ZIP_BOMB: {
    status: 400,
    vi: 'Tệp bị nén bất thường (giải nén quá lớn) nên không thể đọc an toàn.',
    en: 'The file is abnormally compressed (it would expand too much) and cannot be read safely.',
  },
  UPLOAD_BUSY_USER: {
    status: 429,
    vi: 'Bạn đang có {max} tệp đang được tải lên và xử lý. Vui lòng chờ xong rồi thử lại sau {retryAfter} giây.',
    en: 'You already have {max} files being uploaded and processed. Wait for them, then retry in {retryAfter} seconds.',
  },
  UPLOAD_BUSY: {
    status: 503,
    vi: 'Máy chủ đang xử lý nhiều tệp tải lên. Vui lòng thử lại sau {retryAfter} giây.',
    en: 'The server is processing many uploads. Please retry in {retryAfter} seconds.',
  },
  UPLOAD_TIMEOUT: {
    status: 408,
    vi: 'Tải tệp lên quá lâu (quá {seconds} giây) nên đã bị dừng. Vui lòng kiểm tra kết nối và thử lại.',
    en: 'The upload took too long (over {seconds} seconds) and was stopped. Check the connection and try again.',
  },
  // Members (issue 4)
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
  CCCD_TAKEN: {
    status: 409,
    vi: 'Số CCCD này đã thuộc về một người khác trong hệ thống.',
    en: 'This CCCD already belongs to another person.',
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
  // Member import and export (issue 4).
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
  PETITION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy kiến nghị.', en: 'Petition not found.' },
  PETITION_CALL_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đợt lấy kiến nghị.',
    en: 'Call for petitions not found.',
  },
  DIALOGUE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hội nghị đối thoại.', en: 'Dialogue not found.' },
  TOPIC_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lĩnh vực kiến nghị.', en: 'Petition topic not found.' },
  DRAFT_LAW_NOT_FOUND: { status: 404, vi: 'Không tìm thấy dự thảo luật.', en: 'Draft law not found.' },
  NOTIFICATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
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
  DRAFT_LAW_CLOSED: {
    status: 409,
    vi: 'Dự thảo chỉ nhận ý kiến từ {opensOn} đến {closesOn}.',
    en: 'Opinions on this draft are accepted from {opensOn} to {closesOn} only.',
  },
  DRAFT_LAW_NO_ARTICLES: {
    status: 400,
    vi: 'Không tìm thấy điều nào trong tệp (cần các dòng "Điều 1. ...").',
    en: 'No articles found in the file (expected lines like "Điều 1. ...").',
  },
  // campaigns and events (issue 5)
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
  EVENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy sự kiện.', en: 'Event not found.' },
  EVENT_TIME_INVALID: {
    status: 400,
    vi: 'Thời gian kết thúc phải sau thời gian bắt đầu; hạn đăng ký phải sau thời điểm mở đăng ký.',
    en: 'The end must be after the start, and registration must close after it opens.',
  },
  EVENT_CANCELLED: {
    status: 409,
    vi: 'Sự kiện đã bị hủy ({reason}); không nhận đăng ký và không thể sửa.',
    en: 'The event was cancelled ({reason}); it takes no registrations and cannot be changed.',
  },
  EVENT_CAPACITY_BELOW_CONFIRMED: {
    status: 409,
    vi: 'Không thể giảm số chỗ xuống {capacity}: đã có {confirmed} người được xác nhận chỗ.',
    en: 'Capacity cannot drop to {capacity}: {confirmed} people already hold a confirmed seat.',
  },
  QUOTA_UNIT_INVALID: {
    status: 400,
    vi: 'Chỉ tiêu chỉ phân cho đơn vị cấp dưới trong phạm vi được tham gia sự kiện.',
    en: 'Quotas can only go to units below, inside the eligible scope.',
  },
  REGISTRATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lượt đăng ký.', en: 'Registration not found.' },
  REGISTRATION_DISABLED: {
    status: 409,
    vi: 'Sự kiện này không nhận đăng ký.',
    en: 'This event does not take registrations.',
  },
  REGISTRATION_NOT_OPEN: {
    status: 409,
    vi: 'Chưa đến thời gian mở đăng ký ({opensAt}).',
    en: 'Registration has not opened yet ({opensAt}).',
  },
  REGISTRATION_CLOSED: {
    status: 409,
    vi: 'Đã hết hạn đăng ký ({closesAt}).',
    en: 'Registration closed at {closesAt}.',
  },
  ALREADY_REGISTERED: {
    status: 409,
    vi: 'Người này đã đăng ký tham gia sự kiện, không thể đăng ký lần hai.',
    en: 'This person is already registered for the event.',
  },
  NOT_ELIGIBLE: {
    status: 409,
    vi: 'Người đăng ký không thuộc phạm vi đơn vị được tham gia sự kiện.',
    en: 'The registrant is outside the units eligible for this event.',
  },
  MEMBERS_ONLY: {
    status: 409,
    vi: 'Sự kiện chỉ dành cho đoàn viên công đoàn đang sinh hoạt.',
    en: 'This event is for active union members only.',
  },
  OVER_QUOTA: {
    status: 409,
    vi: 'Đơn vị {unit} đã dùng hết chỉ tiêu đăng ký ({capacity} chỗ).',
    en: 'Unit {unit} has used up its quota ({capacity} places).',
  },
  EVENT_FULL: { status: 409, vi: 'Sự kiện đã đủ số chỗ.', en: 'The event is full.' },
  TICKET_FORGED: {
    status: 409,
    vi: 'Mã vé không hợp lệ (sai chữ ký) — có thể là vé giả.',
    en: 'Invalid ticket code (bad signature) — possibly forged.',
  },
  TICKET_OTHER_EVENT: {
    status: 409,
    vi: 'Vé này thuộc sự kiện khác: {event}.',
    en: 'This ticket is for another event: {event}.',
  },
  TICKET_ALREADY_USED: {
    status: 409,
    vi: 'Vé đã được sử dụng lúc {at}.',
    en: 'This ticket was already used at {at}.',
  },
  TICKET_CANCELLED: {
    status: 409,
    vi: 'Lượt đăng ký của vé này đã bị hủy.',
    en: 'The registration for this ticket was cancelled.',
  },
  SERVER_BUSY: {
    status: 503,
    vi: 'Hệ thống đang quá tải, chưa xử lý được yêu cầu. Vui lòng thử lại sau ít giây.',
    en: 'The server is busy and could not take this request. Please try again in a few seconds.',
  },
  DB_LOCK_TIMEOUT: {
    status: 503,
    vi: 'Dữ liệu này đang được người khác hoặc một tác vụ nền cập nhật. Vui lòng thử lại sau ít giây.',
    en: 'This data is being updated by someone else or a background task. Please try again in a few seconds.',
  },
  DB_QUERY_TIMEOUT: {
    status: 503,
    vi: 'Yêu cầu xử lý quá lâu nên đã bị dừng. Vui lòng thử lại; nếu vẫn lỗi, hãy thu hẹp phạm vi tìm kiếm.',
    en: 'The request took too long and was stopped. Try again; if it persists, narrow the search.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã yêu cầu.',
    en: 'Something went wrong on our side. Try again; if it persists, tell an administrator the request id.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export type Lang = 'vi' | 'en';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
  get status(): number {
    return errorCatalog[this.code].status;
  }
}

/** The message for a code, with {placeholders} filled from details. */
export function errorMessage(code: ErrorCode, lang: Lang, details?: Record<string, unknown>): string {
  const template = errorCatalog[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = details?.[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}
