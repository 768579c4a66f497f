import { errorCatalog, type ErrorCode, type ErrorTable } from '@congdoan/domain';

/** What the document tells of an operation that decides which errors it can give. */
export type OperationTraits = {
  method: string;
  /** config.permission: 'public', 'authenticated' or a permission name. */
  permission: string;
  hasPathParams: boolean;
  upload: boolean;
  /** Sends a stored or generated file (a binary 200). */
  download: boolean;
  /** The error table of the module that declares the route. */
  moduleErrors: ErrorTable;
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The error codes an operation can answer, derived from the layers every request passes, never listed by
 * hand per route: the guard (http/guard.ts: session, CSRF, permission), text hygiene (controls, nesting:
 * every route), body parsing (writes), uploads (storage/upload.ts, upload-admission.ts), a path id that
 * may not exist, the database being busy (db/db-errors.ts), the last resort, and the module's own codes.
 * The module's codes are all it may give: a route of that module gives some of them.
 */
export function errorCodesOf(op: OperationTraits): ErrorCode[] {
  const codes: ErrorCode[] = ['VALIDATION_FAILED', 'CONTROL_CHARACTERS', 'NESTING_TOO_DEEP'];
  const write = !SAFE.has(op.method.toUpperCase());
  if (op.permission !== 'public') {
    codes.push('UNAUTHENTICATED', 'SESSION_EXPIRED');
    if (write) codes.push('CSRF_FAILED');
    if (op.permission !== 'authenticated') codes.push('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED');
  }
  if (write) codes.push('MALFORMED_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (op.upload) {
    codes.push('MULTIPART_BOUNDARY_MISSING', 'FILE_REQUIRED', 'FILE_TOO_LARGE', 'FILE_TYPE_NOT_ALLOWED');
    codes.push('FILE_ZIP_BOMB', 'UPLOAD_TIMEOUT', 'UPLOAD_BUSY_USER', 'UPLOAD_BUSY');
  }
  if (op.hasPathParams) codes.push('NOT_FOUND');
  if (op.download && op.hasPathParams) codes.push('FILE_NOT_FOUND');
  codes.push(...(Object.keys(op.moduleErrors) as ErrorCode[]));
  codes.push('SERVER_BUSY', 'DB_LOCK_TIMEOUT', 'DB_QUERY_TIMEOUT', 'INTERNAL');
  return [...new Set(codes)];
}

/** Codes grouped by HTTP status ("400" → codes), statuses in order. */
export function byStatus(codes: readonly ErrorCode[]): [string, ErrorCode[]][] {
  const groups = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = errorCatalog[code].status;
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([s, c]) => [String(s), c]);
}
