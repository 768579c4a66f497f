import type { ErrorCode } from '@congdoan/domain';

// SQLSTATEs that mean "busy, try again", not "broken".
const sqlStates: Record<string, ErrorCode> = {
  '55P03': 'DB_LOCK_TIMEOUT', // lock_not_available: lock_timeout
  '57014': 'DB_QUERY_TIMEOUT', // query_canceled: statement_timeout, or cancelled by a shutdown
  '25P03': 'DB_QUERY_TIMEOUT', // idle_in_transaction_session_timeout
  '53300': 'SERVER_BUSY', // too_many_connections
};

// pg-pool's own errors (no SQLSTATE): no connection free within connectionTimeoutMillis.
const poolMessages = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

/** The error code of a database error that a client should retry, or null. */
export function dbErrorCode(error: unknown): ErrorCode | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && sqlStates[code]) return sqlStates[code];
  return poolMessages.includes(error.message) ? 'SERVER_BUSY' : null;
}

/** Seconds a client should wait before retrying (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;
