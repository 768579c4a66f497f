// Error codes of the users module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const usersErrors = {
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
  USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  CANNOT_GRANT_ROLE: { status: 403, vi: 'Bạn không thể cấp vai trò này.', en: 'You cannot grant this role.' },
} as const satisfies ErrorTable;
