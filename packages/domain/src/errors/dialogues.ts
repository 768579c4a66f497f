// Error codes of the dialogues module (its module.ts declares them; errors.ts joins every table into one).
import type { ErrorTable } from './error-table';

export const dialoguesErrors = {
  DIALOGUE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hội nghị đối thoại.', en: 'Dialogue not found.' },
} as const satisfies ErrorTable;
