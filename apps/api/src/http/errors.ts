import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorMessage, type ErrorCode, type Lang } from '@congdoan/domain';
import { dbErrorCode, RETRY_AFTER_SECONDS } from '../db/db-errors';

export function langOf(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  details?: Record<string, unknown>,
  status?: number,
) {
  const appError = new AppError(code, details);
  // A refusal that clears with time (busy, throttled) says when to come back.
  if (typeof details?.retryAfter === 'number') reply.header('Retry-After', String(details.retryAfter));
  return reply
    .status(status ?? appError.status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message: errorMessage(code, langOf(request), details), details } });
}

// Fastify's own error codes that a client can cause, mapped to ours.
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/** One error handler: AppError and client mistakes become 4xx in our format; anything else a 500 without a stack. */
export function registerErrorHandling(app: FastifyInstance, spaFallback: boolean) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error.code, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message,
      }));
      return sendError(request, reply, 'VALIDATION_FAILED', { issues });
    }
    if (error.code && fastifyCodes[error.code]) return sendError(request, reply, fastifyCodes[error.code]!);
    if (error instanceof SyntaxError) return sendError(request, reply, 'MALFORMED_JSON');
    const busy = dbErrorCode(error);
    if (busy) {
      // Pool full, lock or statement timeout: the server is busy, not broken. Logged to see how often.
      request.log.warn({ err: error, code: busy }, 'database busy');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return sendError(request, reply, busy);
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, 'VALIDATION_FAILED', undefined, error.statusCode);
    }
    // PostgreSQL refusing a value (a CHECK, or a malformed / out-of-range value) means a client sent
    // something a use case failed to check: a 400 for the client, a warning so the check gets written.
    if (typeof error.code === 'string' && /^(22\w{3}|23514)$/.test(error.code)) {
      request.log.warn({ err: error }, 'database refused a value the use case did not check');
      return sendError(request, reply, 'VALIDATION_FAILED');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 'INTERNAL', { requestId: request.id });
  });
  // With the web app served, client-side routes fall back to index.html; /api paths stay JSON 404s.
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(request, reply, 'ROUTE_NOT_FOUND');
  });
}
