// Error codes of the notifications module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const notificationsErrors = {
  NOTIFICATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
} as const satisfies ErrorTable;
