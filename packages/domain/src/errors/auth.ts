// Error codes of the auth module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const authErrors = {
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
} as const satisfies ErrorTable;
