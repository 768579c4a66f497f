import type { FastifyInstance } from 'fastify';

/** A request slower than this is logged at info; quicker ones at debug. */
export const SLOW_REQUEST_MS = 1000;

/**
 * One log line per request instead of Fastify's two at info: at debug for ordinary requests (free when
 * the level is info: pino's disabled levels are no-ops), at info when slow, at warn for a 5xx (the error
 * handler has logged the error itself). Measured in bench/RESULTS.md: the default two lines cost more than
 * the session query.
 */
export function registerRequestLog(app: FastifyInstance) {
  app.addHook('onResponse', async (request, reply) => {
    const ms = reply.elapsedTime;
    const line = { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(ms) };
    if (reply.statusCode >= 500) request.log.warn(line, 'request failed');
    else if (ms >= SLOW_REQUEST_MS) request.log.info(line, 'slow request');
    else request.log.debug(line, 'request');
  });
}
