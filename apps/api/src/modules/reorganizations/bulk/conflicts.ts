import { AppError, errorMessage, type BulkConflict, type ErrorCode } from '@congdoan/domain';

/** A conflict in Vietnamese (the language of the preview table; the code lets the web app translate). */
export function conflict(
  row: number,
  field: string | null,
  code: ErrorCode,
  details?: Record<string, unknown>,
): BulkConflict {
  return { row, field, code, message: errorMessage(code, 'vi', details) };
}

export function conflictFromError(row: number, field: string | null, error: unknown): BulkConflict {
  if (error instanceof AppError) return conflict(row, field, error.code, error.details);
  throw error;
}
