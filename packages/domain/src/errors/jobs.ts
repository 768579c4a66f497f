// Error codes of the jobs module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const jobsErrors = {
  JOB_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tác vụ.', en: 'Job not found.' },
  JOB_ABANDONED: {
    status: 500,
    vi: 'Tác vụ bị dừng nhiều lần và đã được hủy; dữ liệu không bị ghi dở. Vui lòng chạy lại.',
    en: 'The job stopped repeatedly and was abandoned; nothing was half-written. Please run it again.',
  },
} as const satisfies ErrorTable;
