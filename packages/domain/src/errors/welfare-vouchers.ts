// Error codes of the Tết Market e-vouchers (part of the welfare module's table, errors/welfare.ts).
import type { ErrorTable } from './error-table';

export const welfareVoucherErrors = {
  VOUCHER_ALREADY_REDEEMED: {
    status: 409,
    vi: 'Mã phiếu này đã được sử dụng lúc {redeemedAt}. Mỗi phiếu chỉ dùng được một lần.',
    en: 'This voucher was already redeemed at {redeemedAt}. A voucher can be used once.',
  },
  VOUCHER_NOT_FOUND: {
    status: 404,
    vi: 'Không có mã phiếu này trong chương trình. Kiểm tra lại từng ký tự.',
    en: 'No such voucher code in this programme. Check each character.',
  },
  VOUCHER_CODE_INVALID: {
    status: 422,
    vi: 'Mã phiếu không đúng: mã có 12 ký tự (không có chữ O, I, L, U và số 0, 1); có thể đã gõ nhầm một ký tự.',
    en: 'Invalid voucher code: 12 characters (no O, I, L, U, 0 or 1); a character may be mistyped.',
  },
  VOUCHER_PHONE_INVALID: {
    status: 422,
    vi: 'Nhập số điện thoại của người nhận phiếu, hoặc ít nhất 4 số cuối.',
    en: "Enter the beneficiary's phone number, or at least its last 4 digits.",
  },
  VOUCHER_WRONG_PHONE: {
    status: 422,
    vi: 'Số điện thoại không khớp với mã phiếu. Phiếu chỉ dùng cho đúng người nhận.',
    en: 'The phone number does not match this voucher. Only its beneficiary may use it.',
  },
  VOUCHER_EXPIRED: {
    status: 409,
    vi: 'Phiếu đã hết hạn sử dụng (hạn đến ngày {validTo}).',
    en: 'This voucher has expired (valid until {validTo}).',
  },
  VOUCHER_NOT_YET_VALID: {
    status: 409,
    vi: 'Phiếu chưa đến thời gian sử dụng (dùng từ ngày {validFrom}).',
    en: 'This voucher is not valid yet (valid from {validFrom}).',
  },
  VOUCHER_SHOP_NOT_FOUND: {
    status: 404,
    vi: 'Liên kết đổi phiếu không đúng hoặc đã bị thu hồi. Liên hệ công đoàn để được cấp liên kết mới.',
    en: 'This redemption link is wrong or was revoked. Ask the union for a new one.',
  },
  VOUCHER_MERCHANT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy cửa hàng, điểm đổi phiếu.',
    en: 'Shop not found.',
  },
  VOUCHER_PROGRAMME_KIND: {
    status: 422,
    vi: 'Chỉ chương trình phiếu mua hàng Chợ Tết Công đoàn mới phát hành mã phiếu.',
    en: 'Only a Tết Market voucher programme issues voucher codes.',
  },
  VOUCHER_NOT_OWNER: {
    status: 403,
    vi: 'Chỉ đơn vị chủ trì chương trình mới phát hành mã phiếu.',
    en: 'Only the unit running the programme issues voucher codes.',
  },
  VOUCHER_VALIDITY_REQUIRED: {
    status: 422,
    vi: 'Cần thời hạn sử dụng phiếu (từ ngày, đến ngày), hoặc thời gian trao của chương trình.',
    en: "A validity (from, to) is needed, or the programme's hand-out period.",
  },
  VOUCHER_EXPORT_FORBIDDEN: {
    status: 403,
    vi: 'Danh sách phiếu có số điện thoại người nhận: cần quyền xem thông tin cá nhân của đơn vị này.',
    en: "The voucher list holds beneficiaries' phone numbers: you need personal data access on this unit.",
  },
} as const satisfies ErrorTable;
